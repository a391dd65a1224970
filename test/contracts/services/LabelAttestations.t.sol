// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ILabelAttestations} from "../../../contracts/services/interfaces/ILabelAttestations.sol";
import {ServicesFixture} from "./utils/ServicesFixture.sol";

/// @notice Unit tests of {LabelAttestations}: every function's effects and every "Reverts if" bullet.
contract LabelAttestationsTest is ServicesFixture {
    bytes32 internal constant ORGANIC = bytes32("organic");
    bytes32 internal constant LOCAL_CURRENCY = bytes32("local-currency");
    address internal certifier = address(0xCE27);
    address internal network = address(0x1E3A);

    function setUp() public override {
        super.setUp();
        vm.prank(certifier);
        labels.registerIssuer("Bio Certif", PROFILE_CID);
    }

    function _attest(bytes32 label, uint64 expiresAt) internal returns (uint256) {
        vm.prank(certifier);
        return labels.attest(shopId, label, expiresAt, EVIDENCE_CID);
    }

    // ─── registerIssuer / updateIssuer ──────────────────────────────────────────────────────────────────────

    function test_registerIssuer_registersTheCaller() public {
        vm.expectEmit(address(labels));
        emit ILabelAttestations.IssuerRegistered(network, unicode"Réseau Léman", PROFILE_CID);
        vm.prank(network);
        labels.registerIssuer(unicode"Réseau Léman", PROFILE_CID);
        assertTrue(labels.isIssuer(network), "registered");
        assertFalse(labels.isIssuer(stranger), "others are not");
    }

    function test_registerIssuer_acceptsANameOfTheMaximumLength() public {
        vm.prank(network);
        labels.registerIssuer(string(new bytes(64)), PROFILE_CID);
        assertTrue(labels.isIssuer(network), "registered");
    }

    function test_registerIssuer_revertsWhen_alreadyRegistered() public {
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.IssuerAlreadyRegistered.selector, certifier));
        vm.prank(certifier);
        labels.registerIssuer("Again", PROFILE_CID);
    }

    function test_registerIssuer_revertsWhen_theNameIsEmpty() public {
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.InvalidName.selector, 0));
        vm.prank(network);
        labels.registerIssuer("", PROFILE_CID);
    }

    function test_registerIssuer_revertsWhen_theNameIsTooLong() public {
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.InvalidName.selector, 65));
        vm.prank(network);
        labels.registerIssuer(string(new bytes(65)), PROFILE_CID);
    }

    function test_registerIssuer_revertsWhen_theCidIsEmpty() public {
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.InvalidCid.selector, 0));
        vm.prank(network);
        labels.registerIssuer("Network", "");
    }

    function test_registerIssuer_revertsWhen_theCidIsTooLong() public {
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.InvalidCid.selector, 129));
        vm.prank(network);
        labels.registerIssuer("Network", new bytes(129));
    }

    function test_updateIssuer_publishesANewProfile() public {
        vm.expectEmit(address(labels));
        emit ILabelAttestations.IssuerUpdated(certifier, "Bio Certif SA", EVIDENCE_CID);
        vm.prank(certifier);
        labels.updateIssuer("Bio Certif SA", EVIDENCE_CID);
    }

    function test_updateIssuer_revertsWhen_callerIsNotAnIssuer() public {
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.NotIssuer.selector, stranger));
        vm.prank(stranger);
        labels.updateIssuer("Me", PROFILE_CID);
    }

    function test_updateIssuer_revertsWhen_theNameIsInvalid() public {
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.InvalidName.selector, 0));
        vm.prank(certifier);
        labels.updateIssuer("", PROFILE_CID);
    }

    function test_updateIssuer_revertsWhen_theCidIsInvalid() public {
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.InvalidCid.selector, 0));
        vm.prank(certifier);
        labels.updateIssuer("Bio Certif", "");
    }

    // ─── attest ─────────────────────────────────────────────────────────────────────────────────────────────

    function test_attest_recordsAValidLabelForTheShop() public {
        uint64 expiresAt = uint64(block.timestamp + 365 days);
        vm.expectEmit(address(labels));
        emit ILabelAttestations.LabelAttested(1, shopId, certifier, ORGANIC, expiresAt, EVIDENCE_CID);
        uint256 attestationId = _attest(ORGANIC, expiresAt);

        assertEq(attestationId, 1, "ids start at 1");
        ILabelAttestations.Attestation memory attestation = labels.attestationOf(attestationId);
        assertEq(attestation.issuer, certifier, "issuer");
        assertEq(attestation.shopId, shopId, "recipient");
        assertEq(attestation.label, ORGANIC, "label");
        assertEq(attestation.expiresAt, expiresAt, "expiry");
        assertFalse(attestation.isRevoked, "not revoked");
        assertTrue(labels.isValid(attestationId), "valid");
        assertTrue(labels.hasValidLabel(shopId, certifier, ORGANIC), "the shop is organic per the certifier");
        assertEq(labels.latestAttestation(shopId, certifier, ORGANIC), attestationId, "latest");
        assertEq(labels.attestationCount(), 1, "count");
        assertEq(labels.attestationCountOf(shopId), 1, "shop count");
    }

    function test_attest_withoutExpiryStaysValid() public {
        uint256 attestationId = _attest(LOCAL_CURRENCY, 0);
        vm.warp(block.timestamp + 100 * 365 days);
        assertTrue(labels.isValid(attestationId), "no expiry");
    }

    function test_attest_againReplacesTheIssuersLatestAttestation() public {
        uint256 first = _attest(ORGANIC, uint64(block.timestamp + 1 days));
        uint256 second = _attest(ORGANIC, uint64(block.timestamp + 365 days));
        assertEq(labels.latestAttestation(shopId, certifier, ORGANIC), second, "latest");
        vm.warp(block.timestamp + 2 days);
        assertFalse(labels.isValid(first), "the first expired");
        assertTrue(labels.hasValidLabel(shopId, certifier, ORGANIC), "the renewal counts");
    }

    function test_attest_keepsEachIssuersLabelsApart() public {
        _attest(ORGANIC, 0);
        assertFalse(labels.hasValidLabel(shopId, network, ORGANIC), "another issuer did not attest");
        assertFalse(labels.hasValidLabel(shopId, certifier, LOCAL_CURRENCY), "another label was not attested");
    }

    function test_attest_revertsWhen_callerIsNotAnIssuer() public {
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.NotIssuer.selector, stranger));
        vm.prank(stranger);
        labels.attest(shopId, ORGANIC, 0, EVIDENCE_CID);
    }

    function test_attest_revertsWhen_theLabelIsEmpty() public {
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.InvalidLabel.selector, bytes32(0)));
        _attest(bytes32(0), 0);
    }

    function test_attest_revertsWhen_theLabelHasAnUppercaseLetter() public {
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.InvalidLabel.selector, bytes32("Organic")));
        _attest(bytes32("Organic"), 0);
    }

    function test_attest_revertsWhen_theLabelHasCharactersAfterPadding() public {
        bytes32 label = bytes32("organic") | bytes32(uint256(0x61));
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.InvalidLabel.selector, label));
        _attest(label, 0);
    }

    function test_attest_revertsWhen_theShopIdIsZero() public {
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.UnknownShop.selector, 0));
        vm.prank(certifier);
        labels.attest(0, ORGANIC, 0, EVIDENCE_CID);
    }

    function test_attest_revertsWhen_theShopWasNeverRegistered() public {
        uint256 unknown = registry.shopCount() + 1;
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.UnknownShop.selector, unknown));
        vm.prank(certifier);
        labels.attest(unknown, ORGANIC, 0, EVIDENCE_CID);
    }

    function test_attest_revertsWhen_theShopOwnerAttestsItself() public {
        vm.prank(merchant);
        labels.registerIssuer("Shop as issuer", PROFILE_CID);
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.SelfAttestation.selector, shopId, merchant));
        vm.prank(merchant);
        labels.attest(shopId, ORGANIC, 0, EVIDENCE_CID);
    }

    function test_attest_revertsWhen_anApprovedOperatorOfTheShopAttests() public {
        vm.prank(merchant);
        registry.setApprovalForAll(certifier, true);
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.SelfAttestation.selector, shopId, certifier));
        _attest(ORGANIC, 0);
    }

    function test_attest_revertsWhen_theExpiryIsNow() public {
        uint64 now_ = uint64(block.timestamp);
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.InvalidExpiry.selector, now_));
        _attest(ORGANIC, now_);
    }

    function test_attest_acceptsAnExpiryOneSecondAhead() public {
        uint256 attestationId = _attest(ORGANIC, uint64(block.timestamp + 1));
        assertTrue(labels.isValid(attestationId), "valid");
    }

    function test_attest_revertsWhen_theEvidenceCidIsEmpty() public {
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.InvalidCid.selector, 0));
        vm.prank(certifier);
        labels.attest(shopId, ORGANIC, 0, "");
    }

    function test_attest_revertsWhen_theEvidenceCidIsTooLong() public {
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.InvalidCid.selector, 129));
        vm.prank(certifier);
        labels.attest(shopId, ORGANIC, 0, new bytes(129));
    }

    // ─── revoke ─────────────────────────────────────────────────────────────────────────────────────────────

    function test_revoke_invalidatesTheAttestation() public {
        uint256 attestationId = _attest(ORGANIC, 0);
        vm.expectEmit(address(labels));
        emit ILabelAttestations.LabelRevoked(attestationId, shopId, certifier);
        vm.prank(certifier);
        labels.revoke(attestationId);
        assertTrue(labels.attestationOf(attestationId).isRevoked, "revoked");
        assertFalse(labels.isValid(attestationId), "invalid");
        assertFalse(labels.hasValidLabel(shopId, certifier, ORGANIC), "label gone");
    }

    function test_revoke_revertsWhen_theAttestationIsUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.UnknownAttestation.selector, 5));
        vm.prank(certifier);
        labels.revoke(5);
    }

    function test_revoke_revertsWhen_callerIsNotTheIssuer() public {
        uint256 attestationId = _attest(ORGANIC, 0);
        vm.expectRevert(
            abi.encodeWithSelector(ILabelAttestations.NotAttestationIssuer.selector, attestationId, merchant)
        );
        vm.prank(merchant);
        labels.revoke(attestationId);
    }

    function test_revoke_revertsWhen_alreadyRevoked() public {
        uint256 attestationId = _attest(ORGANIC, 0);
        vm.startPrank(certifier);
        labels.revoke(attestationId);
        vm.expectRevert(abi.encodeWithSelector(ILabelAttestations.AlreadyRevoked.selector, attestationId));
        labels.revoke(attestationId);
        vm.stopPrank();
    }

    // ─── Views ──────────────────────────────────────────────────────────────────────────────────────────────

    function test_isValid_isTrueUntilTheExpiryIncluded() public {
        uint64 expiresAt = uint64(block.timestamp + 30 days);
        uint256 attestationId = _attest(ORGANIC, expiresAt);
        vm.warp(expiresAt - 1);
        assertTrue(labels.isValid(attestationId), "before expiry");
        vm.warp(expiresAt);
        assertTrue(labels.isValid(attestationId), "at expiry");
        vm.warp(uint256(expiresAt) + 1);
        assertFalse(labels.isValid(attestationId), "after expiry");
        assertFalse(labels.hasValidLabel(shopId, certifier, ORGANIC), "label lapsed");
    }

    function test_isValid_isFalseForAnUnknownId() public view {
        assertFalse(labels.isValid(0), "zero");
        assertFalse(labels.isValid(99), "unknown");
    }

    function test_attestationsOf_pagesTheShopsAttestations() public {
        for (uint256 i; i < 5; ++i) {
            _attest(ORGANIC, 0);
        }
        uint256[] memory page = labels.attestationsOf(shopId, 1, 2);
        assertEq(page.length, 2, "page size");
        assertEq(page[0], 2, "second attestation");
        assertEq(page[1], 3, "third attestation");
        uint256[] memory tail = labels.attestationsOf(shopId, 3, 10);
        assertEq(tail.length, 2, "the tail is short");
        assertEq(tail[1], 5, "last");
        assertEq(labels.attestationsOf(shopId, 5, 10).length, 0, "past the end");
        assertEq(labels.attestationsOf(shopId, 0, 0).length, 0, "empty page");
    }

    function test_isSlug_acceptsLowercaseDigitsAndDashesOnly() public view {
        assertTrue(labels.isSlug(bytes32("organic")), "word");
        assertTrue(labels.isSlug(bytes32("local-currency-2")), "dashes and digits");
        assertTrue(labels.isSlug(bytes32("abcdefghijklmnopqrstuvwxyz012345")), "32 characters");
        assertFalse(labels.isSlug(bytes32("zero waste")), "space");
        assertFalse(labels.isSlug(bytes32("bio_local")), "underscore");
        assertFalse(labels.isSlug(bytes32(unicode"bio-é")), "non-ASCII");
    }

    function test_constructor_wiresTheRegistry() public view {
        assertEq(address(labels.registry()), address(registry), "registry");
    }
}
