// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {IShopRegistry} from "./interfaces/IShopRegistry.sol";
import {ShopWindows} from "./libraries/ShopWindows.sol";
import {ShopAcceptance, ShopRecord, ShopRegistration, ShopTerms} from "./types/MarketTypes.sol";

/// @title ShopRegistry
/// @notice Shops as ERC-721 tokens; see {IShopRegistry}.
contract ShopRegistry is ERC721, IShopRegistry {
    using Checkpoints for Checkpoints.Trace160;
    /// @notice Longest CID accepted, in bytes (a CIDv1 sha2-256 is 36).
    uint256 public constant MAX_CID_LENGTH = 128;
    /// @notice Bounds of the acceptance lists.
    uint256 public constant MAX_PAYMENT_OPTIONS = 16;
    uint256 public constant MAX_CARRIERS = 32;
    uint256 public constant MAX_ARBITRATORS = 16;

    /// @dev One slot: a nested struct would start a slot of its own, so the terms are stored flat.
    struct StoredShop {
        address payout;
        uint16 acceptHours;
        uint16 shipHours;
        uint16 deliveryHours;
        uint16 returnHours;
        bool isActive;
        bool hasHook;
    }

    uint256 private _shopCount;
    mapping(uint256 shopId => StoredShop) private _shops;
    mapping(uint256 shopId => address hook) private _hooks;
    /// @dev Who owned each shop since when, written at the first sale and every later one (empty while the shop never
    ///  changed hands, so that registering costs nothing more).
    mapping(uint256 shopId => Checkpoints.Trace160 owners) private _ownerHistory;

    constructor() ERC721("Grandrue Shop", "SHOP") {}

    /// @inheritdoc IShopRegistry
    function register(ShopRegistration calldata registration) external returns (uint256 shopId) {
        _checkPayout(registration.payout);
        _checkTerms(registration.terms);
        _checkCid(registration.metadataCid);
        if (registration.catalogCid.length != 0) _checkCid(registration.catalogCid);
        _checkAcceptance(registration.acceptance);

        unchecked {
            // Cannot overflow: one increment per transaction.
            shopId = ++_shopCount;
        }
        ShopTerms calldata terms = registration.terms;
        _shops[shopId] = StoredShop({
            payout: registration.payout,
            acceptHours: terms.acceptHours,
            shipHours: terms.shipHours,
            deliveryHours: terms.deliveryHours,
            returnHours: terms.returnHours,
            isActive: true,
            hasHook: false
        });
        _mint(msg.sender, shopId);

        emit ShopRegistered(shopId, msg.sender, registration.payout, registration.terms);
        emit ShopMetadataUpdated(shopId, registration.metadataCid, registration.geohash);
        if (registration.catalogCid.length != 0) emit CatalogPublished(shopId, registration.catalogCid);
        emit ShopAcceptanceUpdated(shopId, registration.acceptance);
    }

    /// @inheritdoc IShopRegistry
    function updateMetadata(uint256 shopId, bytes calldata metadataCid, bytes12 geohash) external {
        _checkManager(shopId);
        _checkCid(metadataCid);
        emit ShopMetadataUpdated(shopId, metadataCid, geohash);
    }

    /// @inheritdoc IShopRegistry
    function publishCatalog(uint256 shopId, bytes calldata catalogCid) external {
        _checkManager(shopId);
        _checkCid(catalogCid);
        emit CatalogPublished(shopId, catalogCid);
    }

    /// @inheritdoc IShopRegistry
    function updateAcceptance(uint256 shopId, ShopAcceptance calldata acceptance) external {
        _checkManager(shopId);
        _checkAcceptance(acceptance);
        emit ShopAcceptanceUpdated(shopId, acceptance);
    }

    /// @inheritdoc IShopRegistry
    function updatePayout(uint256 shopId, address payout) external {
        _checkManager(shopId);
        _checkPayout(payout);
        _shops[shopId].payout = payout;
        emit ShopPayoutUpdated(shopId, payout);
    }

    /// @inheritdoc IShopRegistry
    function updateTerms(uint256 shopId, ShopTerms calldata terms) external {
        _checkManager(shopId);
        _checkTerms(terms);
        StoredShop storage stored = _shops[shopId];
        stored.acceptHours = terms.acceptHours;
        stored.shipHours = terms.shipHours;
        stored.deliveryHours = terms.deliveryHours;
        stored.returnHours = terms.returnHours;
        emit ShopTermsUpdated(shopId, terms);
    }

    /// @inheritdoc IShopRegistry
    function setActive(uint256 shopId, bool isActive) external {
        _checkManager(shopId);
        _shops[shopId].isActive = isActive;
        emit ShopActiveChanged(shopId, isActive);
    }

    /// @inheritdoc IShopRegistry
    function setOrderHook(uint256 shopId, address hook) external {
        _checkManager(shopId);
        _hooks[shopId] = hook;
        _shops[shopId].hasHook = hook != address(0);
        emit OrderHookUpdated(shopId, hook);
    }

    /// @inheritdoc IShopRegistry
    function shop(uint256 shopId) external view returns (ShopRecord memory) {
        StoredShop memory stored = _storedShop(shopId);
        return ShopRecord({payout: stored.payout, terms: _termsOf(stored), isActive: stored.isActive, hasHook: stored.hasHook});
    }

    /// @inheritdoc IShopRegistry
    function checkoutTerms(uint256 shopId) external view returns (address payout, ShopTerms memory terms, address hook) {
        StoredShop memory stored = _storedShop(shopId);
        if (!stored.isActive) revert ShopInactive(shopId);
        return (stored.payout, _termsOf(stored), stored.hasHook ? _hooks[shopId] : address(0));
    }

    /// @inheritdoc IShopRegistry
    function orderHook(uint256 shopId) external view returns (address hook) {
        return _hooks[shopId];
    }

    /// @inheritdoc IShopRegistry
    function isShopManager(uint256 shopId, address account) public view returns (bool) {
        address owner = _ownerOf(shopId);
        return owner != address(0) && _isAuthorized(owner, account, shopId);
    }

    /// @inheritdoc IShopRegistry
    function isOrderManager(uint256 shopId, address account, uint256 paidAt) external view returns (bool) {
        Checkpoints.Trace160 storage owners = _ownerHistory[shopId];
        (bool hasChangedHands, uint96 ownedSince,) = owners.latestCheckpoint();
        if (!hasChangedHands || ownedSince <= paidAt) return isShopManager(shopId, account);
        return account == address(owners.upperLookupRecent(uint96(paidAt)));
    }

    /// @inheritdoc IShopRegistry
    function shopCount() external view returns (uint256) {
        return _shopCount;
    }

    /// @notice ERC-721 transfer (also behind both `safeTransferFrom`): a sale, recorded in the shop's owner history.
    /// @dev Overrides `transferFrom` rather than `_update`, so that minting (registering a shop) costs nothing more.
    ///  The first sale also records the owner since registration (time 0).
    function transferFrom(address from, address to, uint256 tokenId) public override {
        super.transferFrom(from, to, tokenId);
        Checkpoints.Trace160 storage owners = _ownerHistory[tokenId];
        if (owners.length() == 0) owners.push(0, uint160(from));
        owners.push(uint96(block.timestamp), uint160(to));
    }

    function _storedShop(uint256 shopId) private view returns (StoredShop memory stored) {
        stored = _shops[shopId];
        if (stored.payout == address(0)) revert UnknownShop(shopId);
    }

    function _termsOf(StoredShop memory stored) private pure returns (ShopTerms memory) {
        return ShopTerms({
            acceptHours: stored.acceptHours,
            shipHours: stored.shipHours,
            deliveryHours: stored.deliveryHours,
            returnHours: stored.returnHours
        });
    }

    function _checkManager(uint256 shopId) private view {
        if (_ownerOf(shopId) == address(0)) revert UnknownShop(shopId);
        if (!isShopManager(shopId, msg.sender)) revert NotShopManager(shopId, msg.sender);
    }

    function _checkPayout(address payout) private pure {
        if (payout == address(0)) revert ZeroPayout();
    }

    function _checkTerms(ShopTerms calldata terms) private pure {
        if (!ShopWindows.areValid(terms.acceptHours, terms.shipHours, terms.deliveryHours, terms.returnHours)) {
            revert InvalidTerms(terms);
        }
    }

    function _checkCid(bytes calldata cid) private pure {
        if (cid.length == 0 || cid.length > MAX_CID_LENGTH) revert InvalidCid(cid.length);
    }

    function _checkAcceptance(ShopAcceptance calldata acceptance) private pure {
        _checkBound(acceptance.payments.length, MAX_PAYMENT_OPTIONS);
        _checkBound(acceptance.carriers.length, MAX_CARRIERS);
        _checkBound(acceptance.arbitrators.length, MAX_ARBITRATORS);
        for (uint256 i; i < acceptance.payments.length; ++i) {
            if (acceptance.payments[i].rate == 0) revert InvalidRate(acceptance.payments[i].token);
        }
    }

    function _checkBound(uint256 count, uint256 maximum) private pure {
        if (count > maximum) revert TooManyEntries(count, maximum);
    }
}
