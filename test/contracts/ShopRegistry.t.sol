// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {IShopRegistry} from "../../contracts/interfaces/IShopRegistry.sol";
import {
    PaymentOption,
    ShopAcceptance,
    ShopRecord,
    ShopRegistration,
    ShopTerms
} from "../../contracts/types/MarketTypes.sol";
import {MarketFixture} from "./utils/MarketFixture.sol";
import {Vm} from "./utils/Vm.sol";

contract ShopRegistryTest is MarketFixture {
    uint256 internal constant UNKNOWN_SHOP = 99;
    address internal newPayout = address(0xCAFE);
    address internal hook = address(0x400C);
    address internal operator = address(0x0BE7);
    bytes12 internal constant NEW_GEOHASH = bytes12("u0k8m7q2");

    // ─── register ───────────────────────────────────────────────────────────────────────────────────────────

    function test_register_assignsIdsFromOne() public {
        assertEq(shopId, 1, "fixture shop id");
        assertEq(registry.shopCount(), 1, "count after first");
        uint256 second = _registerShop(stranger, payout);
        assertEq(second, 2, "second id");
        assertEq(registry.shopCount(), 2, "count after second");
    }

    function test_register_mintsTokenToCaller() public {
        uint256 id = _registerShop(stranger, payout);
        assertEq(registry.ownerOf(id), stranger, "owner");
        assertEq(registry.balanceOf(stranger), 1, "balance");
        assertTrue(registry.isShopManager(id, stranger), "owner manages");
        assertFalse(registry.isShopManager(id, merchant), "other shop's owner does not");
    }

    function test_register_storesEscrowRecord() public view {
        ShopRecord memory record = registry.shop(shopId);
        assertEq(record.payout, payout, "payout");
        _assertTerms(record.terms, _terms());
        assertTrue(record.isActive, "active");
        assertFalse(record.hasHook, "no hook");
        (address payout_, ShopTerms memory terms, address hook_) = registry.checkoutTerms(shopId);
        assertEq(payout_, payout, "checkout payout");
        _assertTerms(terms, _terms());
        assertEq(hook_, address(0), "checkout hook");
        assertEq(registry.orderHook(shopId), address(0), "completion hook");
    }

    function test_register_emitsEveryEvent() public {
        ShopRegistration memory registration = _registration(newPayout);
        vm.expectEmit(address(registry));
        emit IERC721.Transfer(address(0), stranger, 2);
        vm.expectEmit(address(registry));
        emit IShopRegistry.ShopRegistered(2, stranger, newPayout, _terms());
        vm.expectEmit(address(registry));
        emit IShopRegistry.ShopMetadataUpdated(2, METADATA_CID, bytes12("u0k8m7q1"));
        vm.expectEmit(address(registry));
        emit IShopRegistry.CatalogPublished(2, CATALOG_CID);
        vm.expectEmit(address(registry));
        emit IShopRegistry.ShopAcceptanceUpdated(2, _acceptance());
        vm.prank(stranger);
        registry.register(registration);
    }

    function test_register_emitsNoCatalogPublishedForAnEmptyCatalogCid() public {
        ShopRegistration memory registration = _registration(payout);
        registration.catalogCid = "";
        vm.recordLogs();
        vm.prank(stranger);
        registry.register(registration);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(logs.length, 4, "log count");
        assertEq(logs[0].topics[0], IERC721.Transfer.selector, "transfer");
        assertEq(logs[1].topics[0], IShopRegistry.ShopRegistered.selector, "registered");
        assertEq(logs[2].topics[0], IShopRegistry.ShopMetadataUpdated.selector, "metadata");
        assertEq(logs[3].topics[0], IShopRegistry.ShopAcceptanceUpdated.selector, "acceptance");
    }

    function test_register_revertsWhen_payoutIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.ZeroPayout.selector));
        registry.register(_registration(address(0)));
    }

    function test_register_revertsWhen_acceptHoursIsZero() public {
        _expectRegisterRevertsForZeroWindow(0);
    }

    function test_register_revertsWhen_shipHoursIsZero() public {
        _expectRegisterRevertsForZeroWindow(1);
    }

    function test_register_revertsWhen_deliveryHoursIsZero() public {
        _expectRegisterRevertsForZeroWindow(2);
    }

    function test_register_revertsWhen_returnHoursIsZero() public {
        _expectRegisterRevertsForZeroWindow(3);
    }

    function test_register_revertsWhen_metadataCidIsEmpty() public {
        ShopRegistration memory registration = _registration(payout);
        registration.metadataCid = "";
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.InvalidCid.selector, 0));
        registry.register(registration);
    }

    function test_register_revertsWhen_metadataCidIsTooLong() public {
        ShopRegistration memory registration = _registration(payout);
        registration.metadataCid = new bytes(129);
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.InvalidCid.selector, 129));
        registry.register(registration);
    }

    function test_register_revertsWhen_catalogCidIsTooLong() public {
        ShopRegistration memory registration = _registration(payout);
        registration.catalogCid = new bytes(129);
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.InvalidCid.selector, 129));
        registry.register(registration);
    }

    function test_register_acceptsCidsOfMaximumLength() public {
        ShopRegistration memory registration = _registration(payout);
        registration.metadataCid = new bytes(128);
        registration.catalogCid = new bytes(128);
        vm.expectEmit(address(registry));
        emit IShopRegistry.CatalogPublished(2, new bytes(128));
        uint256 id = registry.register(registration);
        assertEq(id, 2, "registered");
    }

    function test_register_revertsWhen_paymentRateIsZero() public {
        ShopRegistration memory registration = _registration(payout);
        registration.acceptance.payments[1].rate = 0;
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.InvalidRate.selector, address(leman)));
        registry.register(registration);
    }

    function test_register_revertsWhen_tooManyPaymentOptions() public {
        _expectRegisterRevertsForOversizedList(17, 0, 0, 17, 16);
    }

    function test_register_revertsWhen_tooManyCarriers() public {
        _expectRegisterRevertsForOversizedList(0, 33, 0, 33, 32);
    }

    function test_register_revertsWhen_tooManyArbitrators() public {
        _expectRegisterRevertsForOversizedList(0, 0, 17, 17, 16);
    }

    function test_register_acceptsListsAtTheirBounds() public {
        ShopRegistration memory registration = _registration(payout);
        registration.acceptance = _acceptanceSized(16, 32, 16);
        vm.expectEmit(address(registry));
        emit IShopRegistry.ShopAcceptanceUpdated(2, _acceptanceSized(16, 32, 16));
        uint256 id = registry.register(registration);
        assertEq(id, 2, "registered");
    }

    function test_register_acceptsTermsUpToTheirMaxima() public {
        testFuzz_register_acceptsTermsWithinTheirBounds(720, 2_160, 720, 2_160);
        testFuzz_register_acceptsTermsWithinTheirBounds(1, 1, 1, 1);
    }

    function testFuzz_register_acceptsTermsWithinTheirBounds(uint16 accept, uint16 ship, uint16 delivery, uint16 ret)
        public
    {
        ShopTerms memory terms = ShopTerms({
            acceptHours: uint16(bound(accept, 1, 720)),
            shipHours: uint16(bound(ship, 1, 2_160)),
            deliveryHours: uint16(bound(delivery, 1, 720)),
            returnHours: uint16(bound(ret, 1, 2_160))
        });
        ShopRegistration memory registration = _registration(payout);
        registration.terms = terms;
        uint256 id = registry.register(registration);
        _assertTerms(registry.shop(id).terms, terms);
    }

    // ─── updateMetadata ─────────────────────────────────────────────────────────────────────────────────────

    function test_updateMetadata_emitsShopMetadataUpdated() public {
        vm.expectEmit(address(registry));
        emit IShopRegistry.ShopMetadataUpdated(shopId, CATALOG_CID, NEW_GEOHASH);
        vm.prank(merchant);
        registry.updateMetadata(shopId, CATALOG_CID, NEW_GEOHASH);
    }

    function test_updateMetadata_revertsWhen_callerIsNotManager() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.NotShopManager.selector, shopId, stranger));
        vm.prank(stranger);
        registry.updateMetadata(shopId, METADATA_CID, NEW_GEOHASH);
    }

    function test_updateMetadata_revertsWhen_shopIsUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.UnknownShop.selector, UNKNOWN_SHOP));
        vm.prank(merchant);
        registry.updateMetadata(UNKNOWN_SHOP, METADATA_CID, NEW_GEOHASH);
    }

    function test_updateMetadata_revertsWhen_cidIsEmpty() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.InvalidCid.selector, 0));
        vm.prank(merchant);
        registry.updateMetadata(shopId, "", NEW_GEOHASH);
    }

    function test_updateMetadata_revertsWhen_cidIsTooLong() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.InvalidCid.selector, 129));
        vm.prank(merchant);
        registry.updateMetadata(shopId, new bytes(129), NEW_GEOHASH);
    }

    // ─── publishCatalog ─────────────────────────────────────────────────────────────────────────────────────

    function test_publishCatalog_emitsCatalogPublished() public {
        vm.expectEmit(address(registry));
        emit IShopRegistry.CatalogPublished(shopId, METADATA_CID);
        vm.prank(merchant);
        registry.publishCatalog(shopId, METADATA_CID);
    }

    function test_publishCatalog_revertsWhen_callerIsNotManager() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.NotShopManager.selector, shopId, stranger));
        vm.prank(stranger);
        registry.publishCatalog(shopId, CATALOG_CID);
    }

    function test_publishCatalog_revertsWhen_shopIsUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.UnknownShop.selector, UNKNOWN_SHOP));
        vm.prank(merchant);
        registry.publishCatalog(UNKNOWN_SHOP, CATALOG_CID);
    }

    function test_publishCatalog_revertsWhen_cidIsEmpty() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.InvalidCid.selector, 0));
        vm.prank(merchant);
        registry.publishCatalog(shopId, "");
    }

    function test_publishCatalog_revertsWhen_cidIsTooLong() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.InvalidCid.selector, 129));
        vm.prank(merchant);
        registry.publishCatalog(shopId, new bytes(129));
    }

    // ─── updateAcceptance ───────────────────────────────────────────────────────────────────────────────────

    function test_updateAcceptance_emitsShopAcceptanceUpdated() public {
        ShopAcceptance memory acceptance = _acceptanceSized(1, 0, 0);
        acceptance.isAnyCarrierAccepted = true;
        acceptance.isAnyArbitratorAccepted = true;
        vm.expectEmit(address(registry));
        emit IShopRegistry.ShopAcceptanceUpdated(shopId, acceptance);
        vm.prank(merchant);
        registry.updateAcceptance(shopId, acceptance);
    }

    function test_updateAcceptance_acceptsListsAtTheirBounds() public {
        vm.expectEmit(address(registry));
        emit IShopRegistry.ShopAcceptanceUpdated(shopId, _acceptanceSized(16, 32, 16));
        vm.prank(merchant);
        registry.updateAcceptance(shopId, _acceptanceSized(16, 32, 16));
    }

    function test_updateAcceptance_revertsWhen_callerIsNotManager() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.NotShopManager.selector, shopId, stranger));
        vm.prank(stranger);
        registry.updateAcceptance(shopId, _acceptance());
    }

    function test_updateAcceptance_revertsWhen_shopIsUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.UnknownShop.selector, UNKNOWN_SHOP));
        vm.prank(merchant);
        registry.updateAcceptance(UNKNOWN_SHOP, _acceptance());
    }

    function test_updateAcceptance_revertsWhen_paymentRateIsZero() public {
        ShopAcceptance memory acceptance = _acceptance();
        acceptance.payments[0].rate = 0;
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.InvalidRate.selector, address(0)));
        vm.prank(merchant);
        registry.updateAcceptance(shopId, acceptance);
    }

    function test_updateAcceptance_revertsWhen_aListExceedsItsBound() public {
        vm.startPrank(merchant);
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.TooManyEntries.selector, 17, 16));
        registry.updateAcceptance(shopId, _acceptanceSized(17, 0, 0));
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.TooManyEntries.selector, 33, 32));
        registry.updateAcceptance(shopId, _acceptanceSized(0, 33, 0));
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.TooManyEntries.selector, 17, 16));
        registry.updateAcceptance(shopId, _acceptanceSized(0, 0, 17));
        vm.stopPrank();
    }

    // ─── updatePayout ───────────────────────────────────────────────────────────────────────────────────────

    function test_updatePayout_changesCheckoutPayout() public {
        vm.expectEmit(address(registry));
        emit IShopRegistry.ShopPayoutUpdated(shopId, newPayout);
        vm.prank(merchant);
        registry.updatePayout(shopId, newPayout);
        assertEq(registry.shop(shopId).payout, newPayout, "record payout");
        (address payout_,,) = registry.checkoutTerms(shopId);
        assertEq(payout_, newPayout, "checkout payout");
    }

    function test_updatePayout_revertsWhen_callerIsNotManager() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.NotShopManager.selector, shopId, stranger));
        vm.prank(stranger);
        registry.updatePayout(shopId, stranger);
    }

    function test_updatePayout_revertsWhen_shopIsUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.UnknownShop.selector, UNKNOWN_SHOP));
        vm.prank(merchant);
        registry.updatePayout(UNKNOWN_SHOP, newPayout);
    }

    function test_updatePayout_revertsWhen_payoutIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.ZeroPayout.selector));
        vm.prank(merchant);
        registry.updatePayout(shopId, address(0));
    }

    // ─── updateTerms ────────────────────────────────────────────────────────────────────────────────────────

    function test_updateTerms_changesCheckoutTerms() public {
        ShopTerms memory terms = ShopTerms({acceptHours: 1, shipHours: 2, deliveryHours: 3, returnHours: 4});
        vm.expectEmit(address(registry));
        emit IShopRegistry.ShopTermsUpdated(shopId, terms);
        vm.prank(merchant);
        registry.updateTerms(shopId, terms);
        _assertTerms(registry.shop(shopId).terms, terms);
        (, ShopTerms memory checkout,) = registry.checkoutTerms(shopId);
        _assertTerms(checkout, terms);
        assertEq(registry.shop(shopId).payout, payout, "payout untouched by the packed write");
        assertTrue(registry.shop(shopId).isActive, "active flag untouched by the packed write");
    }

    function test_updateTerms_revertsWhen_callerIsNotManager() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.NotShopManager.selector, shopId, stranger));
        vm.prank(stranger);
        registry.updateTerms(shopId, _terms());
    }

    function test_updateTerms_revertsWhen_shopIsUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.UnknownShop.selector, UNKNOWN_SHOP));
        vm.prank(merchant);
        registry.updateTerms(UNKNOWN_SHOP, _terms());
    }

    function test_updateTerms_revertsWhen_aWindowIsZero() public {
        for (uint256 window; window < 4; ++window) {
            ShopTerms memory terms = _termsWithZero(window);
            vm.expectRevert(abi.encodeWithSelector(IShopRegistry.InvalidTerms.selector, terms));
            vm.prank(merchant);
            registry.updateTerms(shopId, terms);
        }
    }

    function test_updateTerms_revertsWhen_aWindowIsOneHourAboveItsMaximum() public {
        uint16[4] memory maxima = [uint16(720), 2_160, 720, 2_160];
        for (uint256 window; window < 4; ++window) {
            ShopTerms memory terms = _terms();
            if (window == 0) terms.acceptHours = maxima[0] + 1;
            else if (window == 1) terms.shipHours = maxima[1] + 1;
            else if (window == 2) terms.deliveryHours = maxima[2] + 1;
            else terms.returnHours = maxima[3] + 1;
            vm.expectRevert(abi.encodeWithSelector(IShopRegistry.InvalidTerms.selector, terms));
            vm.prank(merchant);
            registry.updateTerms(shopId, terms);
        }
    }

    // ─── setActive ──────────────────────────────────────────────────────────────────────────────────────────

    function test_setActive_closesTheShopToCheckout() public {
        vm.expectEmit(address(registry));
        emit IShopRegistry.ShopActiveChanged(shopId, false);
        vm.prank(merchant);
        registry.setActive(shopId, false);
        assertFalse(registry.shop(shopId).isActive, "inactive");
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.ShopInactive.selector, shopId));
        registry.checkoutTerms(shopId);
    }

    function test_setActive_reopensTheShop() public {
        vm.startPrank(merchant);
        registry.setActive(shopId, false);
        vm.expectEmit(address(registry));
        emit IShopRegistry.ShopActiveChanged(shopId, true);
        registry.setActive(shopId, true);
        vm.stopPrank();
        assertTrue(registry.shop(shopId).isActive, "active");
        (address payout_,,) = registry.checkoutTerms(shopId);
        assertEq(payout_, payout, "checkout works again");
    }

    function test_setActive_revertsWhen_callerIsNotManager() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.NotShopManager.selector, shopId, stranger));
        vm.prank(stranger);
        registry.setActive(shopId, false);
    }

    function test_setActive_revertsWhen_shopIsUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.UnknownShop.selector, UNKNOWN_SHOP));
        vm.prank(merchant);
        registry.setActive(UNKNOWN_SHOP, false);
    }

    // ─── setCompletionHook ──────────────────────────────────────────────────────────────────────────────────

    function test_setCompletionHook_isReturnedByCheckoutTerms() public {
        vm.expectEmit(address(registry));
        emit IShopRegistry.OrderHookUpdated(shopId, hook);
        vm.prank(merchant);
        registry.setOrderHook(shopId, hook);
        assertTrue(registry.shop(shopId).hasHook, "hasHook");
        assertEq(registry.orderHook(shopId), hook, "completionHook");
        (,, address hook_) = registry.checkoutTerms(shopId);
        assertEq(hook_, hook, "checkout hook");
    }

    function test_setCompletionHook_removesTheHookWithZero() public {
        vm.startPrank(merchant);
        registry.setOrderHook(shopId, hook);
        vm.expectEmit(address(registry));
        emit IShopRegistry.OrderHookUpdated(shopId, address(0));
        registry.setOrderHook(shopId, address(0));
        vm.stopPrank();
        assertFalse(registry.shop(shopId).hasHook, "hasHook cleared");
        assertEq(registry.orderHook(shopId), address(0), "completionHook cleared");
        (,, address hook_) = registry.checkoutTerms(shopId);
        assertEq(hook_, address(0), "checkout hook cleared");
    }

    function test_setCompletionHook_revertsWhen_callerIsNotManager() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.NotShopManager.selector, shopId, stranger));
        vm.prank(stranger);
        registry.setOrderHook(shopId, hook);
    }

    function test_setCompletionHook_revertsWhen_shopIsUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.UnknownShop.selector, UNKNOWN_SHOP));
        vm.prank(merchant);
        registry.setOrderHook(UNKNOWN_SHOP, hook);
    }

    // ─── management through ERC-721 ─────────────────────────────────────────────────────────────────────────

    function test_setApprovalForAll_makesOperatorAManager() public {
        vm.prank(merchant);
        registry.setApprovalForAll(operator, true);
        assertTrue(registry.isShopManager(shopId, operator), "operator manages");
        vm.prank(operator);
        registry.updatePayout(shopId, newPayout);
        assertEq(registry.shop(shopId).payout, newPayout, "operator changed payout");
    }

    function test_setApprovalForAll_revokedOperatorIsNoLongerAManager() public {
        vm.startPrank(merchant);
        registry.setApprovalForAll(operator, true);
        registry.setApprovalForAll(operator, false);
        vm.stopPrank();
        assertFalse(registry.isShopManager(shopId, operator), "revoked");
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.NotShopManager.selector, shopId, operator));
        vm.prank(operator);
        registry.setActive(shopId, false);
    }

    function test_approve_makesApprovedAccountAManager() public {
        vm.prank(merchant);
        registry.approve(operator, shopId);
        assertTrue(registry.isShopManager(shopId, operator), "approved account manages");
        vm.prank(operator);
        registry.setActive(shopId, false);
        assertFalse(registry.shop(shopId).isActive, "approved account closed the shop");
    }

    function test_transferFrom_movesManagementToTheNewOwner() public {
        vm.prank(merchant);
        registry.approve(operator, shopId);
        vm.prank(merchant);
        registry.transferFrom(merchant, stranger, shopId);
        assertEq(registry.ownerOf(shopId), stranger, "new owner");
        assertTrue(registry.isShopManager(shopId, stranger), "new owner manages");
        assertFalse(registry.isShopManager(shopId, merchant), "old owner does not");
        assertFalse(registry.isShopManager(shopId, operator), "the old owner's approval is cleared");
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.NotShopManager.selector, shopId, merchant));
        vm.prank(merchant);
        registry.updatePayout(shopId, merchant);
        vm.prank(stranger);
        registry.updatePayout(shopId, newPayout);
        assertEq(registry.shop(shopId).payout, newPayout, "new owner changed payout");
    }

    // ─── views ──────────────────────────────────────────────────────────────────────────────────────────────

    function test_isShopManager_isFalseForAnUnknownShop() public view {
        assertFalse(registry.isShopManager(UNKNOWN_SHOP, merchant), "unknown shop");
        assertFalse(registry.isShopManager(UNKNOWN_SHOP, address(0)), "unknown shop, zero account");
        assertFalse(registry.isShopManager(0, address(0)), "shop 0 never exists");
    }

    function test_shop_revertsWhen_shopIsUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.UnknownShop.selector, UNKNOWN_SHOP));
        registry.shop(UNKNOWN_SHOP);
    }

    function test_checkoutTerms_revertsWhen_shopIsUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.UnknownShop.selector, UNKNOWN_SHOP));
        registry.checkoutTerms(UNKNOWN_SHOP);
    }

    function test_completionHook_isZeroForAnUnknownShop() public view {
        assertEq(registry.orderHook(UNKNOWN_SHOP), address(0), "no hook");
    }

    function test_shopCount_countsEveryRegistration() public {
        for (uint256 i; i < 3; ++i) {
            _registerShop(address(uint160(0x5000 + i)), payout);
        }
        assertEq(registry.shopCount(), 4, "fixture shop + 3");
        assertEq(registry.ownerOf(4), address(0x5002), "last id belongs to the last registrant");
    }

    function test_nameAndSymbol_identifyShopTokens() public view {
        assertEq(keccak256(bytes(registry.name())), keccak256("Grandrue Shop"), "name");
        assertEq(keccak256(bytes(registry.symbol())), keccak256("SHOP"), "symbol");
    }

    function test_boundConstants_matchTheInterfaceLimits() public view {
        assertEq(registry.MAX_CID_LENGTH(), 128, "cid");
        assertEq(registry.MAX_PAYMENT_OPTIONS(), 16, "payments");
        assertEq(registry.MAX_CARRIERS(), 32, "carriers");
        assertEq(registry.MAX_ARBITRATORS(), 16, "arbitrators");
    }

    // ─── helpers ────────────────────────────────────────────────────────────────────────────────────────────

    function _termsWithZero(uint256 window) internal pure returns (ShopTerms memory terms) {
        terms = _terms();
        if (window == 0) terms.acceptHours = 0;
        else if (window == 1) terms.shipHours = 0;
        else if (window == 2) terms.deliveryHours = 0;
        else terms.returnHours = 0;
    }

    function _expectRegisterRevertsForZeroWindow(uint256 window) internal {
        ShopRegistration memory registration = _registration(payout);
        registration.terms = _termsWithZero(window);
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.InvalidTerms.selector, registration.terms));
        registry.register(registration);
    }

    function _expectRegisterRevertsForOversizedList(
        uint256 payments,
        uint256 carriers,
        uint256 arbitrators,
        uint256 count,
        uint256 maximum
    ) internal {
        ShopRegistration memory registration = _registration(payout);
        registration.acceptance = _acceptanceSized(payments, carriers, arbitrators);
        vm.expectRevert(abi.encodeWithSelector(IShopRegistry.TooManyEntries.selector, count, maximum));
        registry.register(registration);
    }

    /// @notice An acceptance with the given list sizes, every entry distinct and valid.
    function _acceptanceSized(uint256 payments, uint256 carriers, uint256 arbitrators)
        internal
        pure
        returns (ShopAcceptance memory acceptance)
    {
        acceptance.payments = new PaymentOption[](payments);
        for (uint256 i; i < payments; ++i) {
            acceptance.payments[i] = PaymentOption({token: address(uint160(0x7000 + i)), rate: 1e18 + i});
        }
        acceptance.carriers = new address[](carriers);
        for (uint256 i; i < carriers; ++i) {
            acceptance.carriers[i] = address(uint160(0x8000 + i));
        }
        acceptance.arbitrators = new address[](arbitrators);
        for (uint256 i; i < arbitrators; ++i) {
            acceptance.arbitrators[i] = address(uint160(0x9000 + i));
        }
    }

    function _assertTerms(ShopTerms memory actual, ShopTerms memory expected) internal pure {
        assertEq(actual.acceptHours, expected.acceptHours, "acceptHours");
        assertEq(actual.shipHours, expected.shipHours, "shipHours");
        assertEq(actual.deliveryHours, expected.deliveryHours, "deliveryHours");
        assertEq(actual.returnHours, expected.returnHours, "returnHours");
    }
}
