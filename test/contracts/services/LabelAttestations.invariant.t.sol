// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {LabelAttestations} from "../../../contracts/services/LabelAttestations.sol";
import {ILabelAttestations} from "../../../contracts/services/interfaces/ILabelAttestations.sol";
import {Test} from "../utils/Vm.sol";
import {ServicesFixture} from "./utils/ServicesFixture.sol";

/// @notice Drives two issuers through random attestations (with and without expiry), revocations and the passing of
///  time, remembering which attestations were revoked.
contract LabelsHandler is Test {
    LabelAttestations internal immutable labels;
    uint256 internal immutable shopId;
    address[2] internal _issuers = [address(0x1551), address(0x1552)];
    bytes32[2] internal _labels = [bytes32("organic"), bytes32("local-currency")];
    mapping(uint256 attestationId => bool) public isRevokedByHandler;
    mapping(string action => uint256) public successes;

    constructor(LabelAttestations labels_, uint256 shopId_) {
        labels = labels_;
        shopId = shopId_;
        for (uint256 i; i < 2; ++i) {
            vm.prank(_issuers[i]);
            labels_.registerIssuer("Issuer", hex"0155");
        }
    }

    function selectors() external pure returns (bytes4[] memory list) {
        list = new bytes4[](3);
        list[0] = this.attest.selector;
        list[1] = this.revoke.selector;
        list[2] = this.wait.selector;
    }

    function attest(uint256 seed, uint256 lifetimeSeed) external {
        uint64 expiresAt = lifetimeSeed % 4 == 0 ? 0 : uint64(block.timestamp + bound(lifetimeSeed, 1, 60 days));
        vm.prank(_issuers[seed % 2]);
        labels.attest(shopId, _labels[(seed >> 1) % 2], expiresAt, hex"0155");
        ++successes["attest"];
    }

    function revoke(uint256 seed) external {
        uint256 count = labels.attestationCount();
        if (count == 0) return;
        uint256 attestationId = 1 + seed % count;
        if (isRevokedByHandler[attestationId]) return;
        vm.prank(labels.attestationOf(attestationId).issuer);
        labels.revoke(attestationId);
        isRevokedByHandler[attestationId] = true;
        ++successes["revoke"];
    }

    function wait(uint256 seed) external {
        vm.warp(block.timestamp + bound(seed, 1, 20 days));
        ++successes["wait"];
    }
}

/// @notice The label invariant under random attestations, revocations and time.
contract LabelAttestationsInvariantTest is ServicesFixture {
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    LabelsHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new LabelsHandler(labels, shopId);
    }

    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    function targetSelectors() public view returns (FuzzSelector[] memory targets) {
        targets = new FuzzSelector[](1);
        targets[0] = FuzzSelector({addr: address(handler), selectors: handler.selectors()});
    }

    /// @notice An expired or revoked label is never valid, and a label neither expired nor revoked always is; every
    ///  attestation is listed under its shop, in order. (One invariant function: each runs its own campaign.)
    function invariant_expiredOrRevokedLabelIsNeverValid() public view {
        _assertValidity();
        _assertEveryAttestationIsListedUnderItsShop();
    }

    function _assertValidity() private view {
        uint256 count = labels.attestationCount();
        for (uint256 id = 1; id <= count; ++id) {
            ILabelAttestations.Attestation memory attestation = labels.attestationOf(id);
            bool isExpired = attestation.expiresAt != 0 && block.timestamp > attestation.expiresAt;
            assertEq(attestation.isRevoked, handler.isRevokedByHandler(id), "revocation recorded");
            assertEq(labels.isValid(id), !isExpired && !attestation.isRevoked, "validity");
        }
    }

    function _assertEveryAttestationIsListedUnderItsShop() private view {
        uint256 count = labels.attestationCount();
        assertEq(labels.attestationCountOf(shopId), count, "all attestations are the fixture shop's");
        uint256[] memory ids = labels.attestationsOf(shopId, 0, count);
        for (uint256 i; i < ids.length; ++i) {
            assertEq(ids[i], i + 1, "listed in order");
        }
    }

    /// @notice The handler reaches every action's success path, so the invariants above are not vacuous.
    function test_handler_reachesEveryAction() public {
        bytes4[] memory actions = handler.selectors();
        for (uint256 i; i < 120; ++i) {
            bytes32 entropy = keccak256(abi.encode("label step", i));
            bytes4 action = actions[uint256(entropy) % actions.length];
            (bool isDone,) = address(handler).call(
                abi.encodePacked(action, keccak256(abi.encode(entropy, 1)), keccak256(abi.encode(entropy, 2)))
            );
            assertTrue(isDone, "handler action reverted");
        }
        string[3] memory reached = ["attest", "revoke", "wait"];
        for (uint256 i; i < reached.length; ++i) {
            assertGe(handler.successes(reached[i]), 1, reached[i]);
        }
        invariant_expiredOrRevokedLabelIsNeverValid();
    }
}
