// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {orderIdOf} from "../../contracts/libraries/PackedOrder.sol";
import {IUnorderedNonces} from "../../contracts/interfaces/IUnorderedNonces.sol";
import {DeliveryAttestations} from "../../contracts/DeliveryAttestations.sol";
import {IDeliveryAttestations} from "../../contracts/interfaces/IDeliveryAttestations.sol";
import {IEscrow} from "../../contracts/interfaces/IEscrow.sol";
import {Checkpoint, CheckpointAttestation, Order, OrderStatus} from "../../contracts/types/MarketTypes.sol";
import {MaliciousSigner} from "./mocks/signers/MaliciousSigner.sol";
import {OwnerSignedWallet} from "./mocks/signers/OwnerSignedWallet.sol";
import {MarketFixture} from "./utils/MarketFixture.sol";
import {statuses} from "./utils/OrderStatusSets.sol";

contract DeliveryAttestationsTest is MarketFixture {
    string internal constant CHECKPOINT_TYPE =
        "CheckpointAttestation(address escrow,uint256 orderId,uint8 checkpoint,bytes32 code,uint64 recordedAt,uint256 nonce,uint256 deadline)";
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    /// @dev secp256k1 group order, to build the malleated (high-s) twin of a signature.
    uint256 internal constant SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
    bytes internal constant PROFILE_CID = hex"01551220cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc";
    uint64 internal constant RECORDED_AT = 1_799_999_000;
    uint256 internal constant NONCE = 42;
    uint256 internal walletOwnerKey = 0x0C0FFEE;
    uint256 internal strangerKey = 0xBAD5;

    uint256 internal orderId;
    Order internal order;

    function setUp() public override {
        super.setUp();
        (orderId, order) = _checkoutEthWithCarrier();
        _accept(order);
    }

    // ─── constants and digest ───────────────────────────────────────────────────────────────────────────────

    function test_checkpointTypehash_isTheHashOfTheTypeString() public view {
        assertEq(attestations.CHECKPOINT_TYPEHASH(), keccak256(bytes(CHECKPOINT_TYPE)), "typehash");
    }

    function test_domainSeparator_bindsNameVersionChainAndContract() public view {
        assertEq(attestations.domainSeparator(), _domainSeparator(address(attestations)), "domain separator");
        (, string memory name, string memory version, uint256 chainId, address verifyingContract,,) =
            attestations.eip712Domain();
        assertEq(keccak256(bytes(name)), keccak256("Grandrue Delivery"), "name");
        assertEq(keccak256(bytes(version)), keccak256("2"), "version");
        assertEq(chainId, block.chainid, "chain id");
        assertEq(verifyingContract, address(attestations), "verifying contract");
    }

    function test_attestationDigest_matchesAnIndependentEip712Digest() public view {
        CheckpointAttestation memory attestation = _attestation(Checkpoint.Delivered, CODE, NONCE);
        assertEq(attestations.attestationDigest(attestation), _digest(attestation, address(attestations)), "digest");
    }

    // ─── registerCarrier / updateCarrier ────────────────────────────────────────────────────────────────────

    function test_registerCarrier_registersTheCaller() public {
        assertFalse(attestations.isCarrier(carrier), "not yet");
        vm.expectEmit(address(attestations));
        emit IDeliveryAttestations.CarrierRegistered(carrier, PROFILE_CID);
        vm.prank(carrier);
        attestations.registerCarrier(PROFILE_CID);
        assertTrue(attestations.isCarrier(carrier), "registered");
        assertFalse(attestations.isCarrier(stranger), "others are not");
    }

    function test_registerCarrier_acceptsACidOfMaximumLength() public {
        vm.prank(carrier);
        attestations.registerCarrier(new bytes(128));
        assertTrue(attestations.isCarrier(carrier), "registered");
    }

    function test_registerCarrier_revertsWhen_alreadyRegistered() public {
        vm.startPrank(carrier);
        attestations.registerCarrier(PROFILE_CID);
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.CarrierAlreadyRegistered.selector, carrier));
        attestations.registerCarrier(PROFILE_CID);
        vm.stopPrank();
    }

    function test_registerCarrier_revertsWhen_cidIsEmpty() public {
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.InvalidCid.selector, 0));
        vm.prank(carrier);
        attestations.registerCarrier("");
    }

    function test_registerCarrier_revertsWhen_cidIsTooLong() public {
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.InvalidCid.selector, 129));
        vm.prank(carrier);
        attestations.registerCarrier(new bytes(129));
    }

    function test_updateCarrier_emitsCarrierUpdated() public {
        vm.startPrank(carrier);
        attestations.registerCarrier(PROFILE_CID);
        vm.expectEmit(address(attestations));
        emit IDeliveryAttestations.CarrierUpdated(carrier, METADATA_CID);
        attestations.updateCarrier(METADATA_CID);
        vm.stopPrank();
        assertTrue(attestations.isCarrier(carrier), "still registered");
    }

    function test_updateCarrier_revertsWhen_notRegistered() public {
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.CarrierNotRegistered.selector, carrier));
        vm.prank(carrier);
        attestations.updateCarrier(PROFILE_CID);
    }

    function test_updateCarrier_revertsWhen_cidIsEmpty() public {
        vm.startPrank(carrier);
        attestations.registerCarrier(PROFILE_CID);
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.InvalidCid.selector, 0));
        attestations.updateCarrier("");
        vm.stopPrank();
    }

    function test_updateCarrier_revertsWhen_cidIsTooLong() public {
        vm.startPrank(carrier);
        attestations.registerCarrier(PROFILE_CID);
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.InvalidCid.selector, 129));
        attestations.updateCarrier(new bytes(129));
        vm.stopPrank();
    }

    // ─── attest ─────────────────────────────────────────────────────────────────────────────────────────────

    function test_attest_pickedUpShipsTheOrder() public {
        uint40 deliveryDeadline = uint40(block.timestamp + uint256(DELIVERY_HOURS) * 1 hours);
        vm.expectEmit(address(escrow));
        emit IEscrow.OrderShipped(orderId, address(attestations), deliveryDeadline);
        vm.expectEmit(address(attestations));
        emit IDeliveryAttestations.CheckpointRecorded(
            address(escrow), orderId, carrier, Checkpoint.PickedUp, uint64(block.timestamp), carrier
        );
        vm.prank(carrier);
        attestations.attest(address(escrow), order, Checkpoint.PickedUp, bytes32(0));
        _assertState(OrderStatus.Shipped, deliveryDeadline);
    }

    function test_attest_deliveredDeliversTheOrderAndPaysTheCarrier() public {
        vm.startPrank(carrier);
        attestations.attest(address(escrow), order, Checkpoint.PickedUp, bytes32(0));
        uint40 returnDeadline = uint40(block.timestamp + uint256(RETURN_HOURS) * 1 hours);
        vm.expectEmit(address(escrow));
        emit IEscrow.OrderDelivered(orderId, address(attestations), returnDeadline);
        vm.expectEmit(address(attestations));
        emit IDeliveryAttestations.CheckpointRecorded(
            address(escrow), orderId, carrier, Checkpoint.Delivered, uint64(block.timestamp), carrier
        );
        attestations.attest(address(escrow), order, Checkpoint.Delivered, CODE);
        vm.stopPrank();
        _assertState(OrderStatus.Delivered, returnDeadline);
        assertEq(carrier.balance, 0.01 ether, "delivery fee paid");
    }

    function test_attest_inTransitOnlyRecordsTheCheckpoint() public {
        _assertAttestOnlyRecords(Checkpoint.InTransit);
    }

    function test_attest_outForDeliveryOnlyRecordsTheCheckpoint() public {
        _assertAttestOnlyRecords(Checkpoint.OutForDelivery);
    }

    function test_attest_failedAttemptOnlyRecordsTheCheckpoint() public {
        _assertAttestOnlyRecords(Checkpoint.FailedAttempt);
    }

    function test_attest_returnedOnlyRecordsTheCheckpoint() public {
        _assertAttestOnlyRecords(Checkpoint.Returned);
    }

    function test_attest_revertsWhen_checkpointIsNone() public {
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.InvalidCheckpoint.selector));
        vm.prank(carrier);
        attestations.attest(address(escrow), order, Checkpoint.None, bytes32(0));
    }

    function test_attest_revertsWhen_callerIsNotTheCarrier() public {
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.NotOrderCarrier.selector, orderId, stranger));
        vm.prank(stranger);
        attestations.attest(address(escrow), order, Checkpoint.PickedUp, bytes32(0));
    }

    function test_attest_revertsWhen_informationalCheckpointNamesAnUnknownOrder() public {
        Order memory fake = order;
        fake.amount = 1 wei;
        vm.startPrank(carrier);
        uint256 fakeId = orderIdOf(fake);
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.UnknownOrder.selector, address(escrow), fakeId));
        attestations.attest(address(escrow), fake, Checkpoint.InTransit, bytes32(0));
        vm.stopPrank();
    }

    function test_attest_revertsWhen_pickedUpOrderDoesNotMatchTheEscrow() public {
        Order memory fake = order;
        fake.deliveryFee = 1 ether;
        vm.expectRevert(abi.encodeWithSelector(IEscrow.UnknownOrder.selector, orderIdOf(fake)));
        vm.prank(carrier);
        attestations.attest(address(escrow), fake, Checkpoint.PickedUp, bytes32(0));
    }

    function test_attest_revertsWhen_pickedUpOrderWasNeverPaid() public {
        Order memory unpaid = order;
        unpaid.amount = 2 ether;
        uint256 unpaidId = orderIdOf(unpaid);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.UnknownOrder.selector, unpaidId));
        vm.prank(carrier);
        attestations.attest(address(escrow), unpaid, Checkpoint.PickedUp, bytes32(0));
    }

    function test_attest_revertsWhen_deliveredOrderDoesNotMatchTheEscrow() public {
        _pickup(order);
        Order memory fake = order;
        fake.codeHash = keccak256(abi.encode(bytes32("guessed code")));
        vm.expectRevert(abi.encodeWithSelector(IEscrow.UnknownOrder.selector, orderIdOf(fake)));
        vm.prank(carrier);
        attestations.attest(address(escrow), fake, Checkpoint.Delivered, bytes32("guessed code"));
    }

    function test_attest_revertsWhen_escrowRefusesTheTransition() public {
        vm.startPrank(carrier);
        vm.expectRevert(
            abi.encodeWithSelector(
                IEscrow.InvalidStatus.selector, orderId, OrderStatus.Accepted, statuses(OrderStatus.Shipped)
            )
        );
        attestations.attest(address(escrow), order, Checkpoint.Delivered, CODE);
        attestations.attest(address(escrow), order, Checkpoint.PickedUp, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(IEscrow.WrongDeliveryCode.selector, orderId));
        attestations.attest(address(escrow), order, Checkpoint.Delivered, bytes32("wrong code"));
        vm.expectRevert(abi.encodeWithSelector(
                IEscrow.InvalidStatus.selector, orderId, OrderStatus.Shipped, statuses(OrderStatus.Accepted)
            ));
        attestations.attest(address(escrow), order, Checkpoint.PickedUp, bytes32(0));
        vm.stopPrank();
    }

    // ─── attestBySig: relaying ──────────────────────────────────────────────────────────────────────────────

    function test_attestBySig_relayedPickupShipsTheOrderWithoutTheCourierPayingGas() public {
        assertEq(carrier.balance, 0, "the courier holds no ETH");
        CheckpointAttestation memory attestation = _attestation(Checkpoint.PickedUp, bytes32(0), NONCE);
        bytes memory signature = _sign(carrierKey, attestation);
        uint40 deliveryDeadline = uint40(block.timestamp + uint256(DELIVERY_HOURS) * 1 hours);
        vm.expectEmit(address(escrow));
        emit IEscrow.OrderShipped(orderId, address(attestations), deliveryDeadline);
        vm.expectEmit(address(attestations));
        emit IDeliveryAttestations.CheckpointRecorded(
            address(escrow), orderId, carrier, Checkpoint.PickedUp, RECORDED_AT, stranger
        );
        vm.prank(stranger);
        attestations.attestBySig(attestation, order, signature);
        _assertState(OrderStatus.Shipped, deliveryDeadline);
        assertTrue(attestations.isNonceUsed(carrier, NONCE), "nonce consumed");
        assertEq(carrier.balance, 0, "still no ETH: nothing was spent");
    }

    function test_attestBySig_relayedDeliveryPaysTheCarrier() public {
        _relay(_attestation(Checkpoint.PickedUp, bytes32(0), 1));
        CheckpointAttestation memory attestation = _attestation(Checkpoint.Delivered, CODE, 2);
        vm.expectEmit(address(attestations));
        emit IDeliveryAttestations.CheckpointRecorded(
            address(escrow), orderId, carrier, Checkpoint.Delivered, RECORDED_AT, stranger
        );
        _relay(attestation);
        OrderStatus status = escrow.orderFacts(orderId).status;
        assertTrue(status == OrderStatus.Delivered, "delivered");
        assertEq(carrier.balance, 0.01 ether, "delivery fee paid");
    }

    function test_attestBySig_relayedInformationalCheckpointIsRecorded() public {
        _pickup(order);
        uint40 deadlineBefore = escrow.orderFacts(orderId).deadline;
        vm.expectEmit(address(attestations));
        emit IDeliveryAttestations.CheckpointRecorded(
            address(escrow), orderId, carrier, Checkpoint.FailedAttempt, RECORDED_AT, stranger
        );
        _relay(_attestation(Checkpoint.FailedAttempt, bytes32(0), NONCE));
        _assertState(OrderStatus.Shipped, deadlineBefore);
    }

    // ─── lastCheckpoint ─────────────────────────────────────────────────────────────────────────────────────

    function test_lastCheckpoint_isNoneBeforeAnyCheckpoint() public view {
        IDeliveryAttestations.LastCheckpoint memory last = attestations.lastCheckpoint(address(escrow), orderId);
        assertTrue(last.checkpoint == Checkpoint.None, "no checkpoint");
        assertEq(last.recordedAt, 0, "never recorded");
        assertEq(last.attestedAt, 0, "never attested");
    }

    function test_lastCheckpoint_isTheLatestWithTheCouriersClockAndTheChainsTime() public {
        vm.prank(carrier);
        attestations.attest(address(escrow), order, Checkpoint.PickedUp, bytes32(0));
        vm.warp(block.timestamp + 2 hours);
        _relay(_attestation(Checkpoint.FailedAttempt, bytes32(0), NONCE));

        IDeliveryAttestations.LastCheckpoint memory last = attestations.lastCheckpoint(address(escrow), orderId);
        assertTrue(last.checkpoint == Checkpoint.FailedAttempt, "the latest checkpoint");
        assertEq(last.recordedAt, RECORDED_AT, "the courier's clock");
        assertEq(last.attestedAt, uint40(block.timestamp), "when it reached the chain");
    }

    // ─── attestBySig: deadline ──────────────────────────────────────────────────────────────────────────────

    function test_attestBySig_acceptsBeforeTheDeadline() public {
        CheckpointAttestation memory attestation = _attestation(Checkpoint.PickedUp, bytes32(0), NONCE);
        vm.warp(attestation.deadline - 1);
        _relay(attestation);
        _assertStatus(OrderStatus.Shipped);
    }

    function test_attestBySig_acceptsAtTheDeadline() public {
        CheckpointAttestation memory attestation = _attestation(Checkpoint.PickedUp, bytes32(0), NONCE);
        vm.warp(attestation.deadline);
        _relay(attestation);
        _assertStatus(OrderStatus.Shipped);
    }

    function test_attestBySig_revertsWhen_deadlinePassed() public {
        CheckpointAttestation memory attestation = _attestation(Checkpoint.PickedUp, bytes32(0), NONCE);
        bytes memory signature = _sign(carrierKey, attestation);
        vm.warp(attestation.deadline + 1);
        vm.expectRevert(
            abi.encodeWithSelector(IDeliveryAttestations.AttestationExpired.selector, attestation.deadline)
        );
        vm.prank(stranger);
        attestations.attestBySig(attestation, order, signature);
    }

    // ─── attestBySig: nonces ────────────────────────────────────────────────────────────────────────────────

    function test_attestBySig_revertsWhen_nonceWasUsed() public {
        _relay(_attestation(Checkpoint.PickedUp, bytes32(0), NONCE));
        CheckpointAttestation memory second = _attestation(Checkpoint.InTransit, bytes32(0), NONCE);
        bytes memory signature = _sign(carrierKey, second);
        vm.expectRevert(abi.encodeWithSelector(IUnorderedNonces.NonceAlreadyUsed.selector, carrier, NONCE));
        vm.prank(stranger);
        attestations.attestBySig(second, order, signature);
    }

    function test_attestBySig_acceptsNoncesInAnyOrder() public {
        _relay(_attestation(Checkpoint.PickedUp, bytes32(0), 5));
        _relay(_attestation(Checkpoint.InTransit, bytes32(0), 3));
        assertTrue(attestations.isNonceUsed(carrier, 5), "5 used");
        assertTrue(attestations.isNonceUsed(carrier, 3), "3 used");
        assertFalse(attestations.isNonceUsed(carrier, 4), "4 still free");
    }

    function test_attestBySig_revertsWhen_nonceWasInvalidated() public {
        CheckpointAttestation memory attestation = _attestation(Checkpoint.PickedUp, bytes32(0), NONCE);
        bytes memory signature = _sign(carrierKey, attestation);
        vm.prank(carrier);
        attestations.invalidateNonce(NONCE);
        vm.expectRevert(abi.encodeWithSelector(IUnorderedNonces.NonceAlreadyUsed.selector, carrier, NONCE));
        vm.prank(stranger);
        attestations.attestBySig(attestation, order, signature);
        _assertStatus(OrderStatus.Accepted);
    }

    // ─── attestBySig: signature ─────────────────────────────────────────────────────────────────────────────

    function test_attestBySig_revertsWhen_signerIsNotTheCarrier() public {
        CheckpointAttestation memory attestation = _attestation(Checkpoint.PickedUp, bytes32(0), NONCE);
        bytes memory signature = _sign(strangerKey, attestation);
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.InvalidSignature.selector, carrier));
        vm.prank(stranger);
        attestations.attestBySig(attestation, order, signature);
    }

    function test_attestBySig_revertsWhen_aSignedFieldIsChanged() public {
        CheckpointAttestation memory signed = _attestation(Checkpoint.InTransit, bytes32(0), NONCE);
        bytes memory signature = _sign(carrierKey, signed);
        for (uint256 field; field < 7; ++field) {
            CheckpointAttestation memory altered = _attestation(Checkpoint.InTransit, bytes32(0), NONCE);
            if (field == 0) altered.escrow = address(0xE5C);
            else if (field == 1) altered.orderId = orderId + 1;
            else if (field == 2) altered.checkpoint = Checkpoint.OutForDelivery;
            else if (field == 3) altered.code = CODE;
            else if (field == 4) altered.recordedAt = RECORDED_AT + 1;
            else if (field == 5) altered.nonce = NONCE + 1;
            else altered.deadline = signed.deadline + 1;
            // The signed order id must also be the hash of the terms relayed with it.
            bytes memory expected = field == 1
                ? abi.encodeWithSelector(IDeliveryAttestations.OrderMismatch.selector, orderId + 1)
                : abi.encodeWithSelector(IDeliveryAttestations.InvalidSignature.selector, carrier);
            vm.expectRevert(expected);
            vm.prank(stranger);
            attestations.attestBySig(altered, order, signature);
        }
    }

    function test_attestBySig_revertsWhen_signatureIsMalleated() public {
        CheckpointAttestation memory attestation = _attestation(Checkpoint.PickedUp, bytes32(0), NONCE);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(carrierKey, _digest(attestation, address(attestations)));
        bytes memory highS = abi.encodePacked(r, bytes32(SECP256K1_N - uint256(s)), v == 27 ? uint8(28) : uint8(27));
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.InvalidSignature.selector, carrier));
        vm.prank(stranger);
        attestations.attestBySig(attestation, order, highS);
    }

    function test_attestBySig_revertsWhen_orderHasNoCarrier() public {
        (uint256 pickupId, Order memory pickupOrder) = _checkoutEthPickup();
        _accept(pickupOrder);
        CheckpointAttestation memory attestation = _attestation(Checkpoint.PickedUp, bytes32(0), NONCE);
        attestation.orderId = pickupId;
        bytes memory signature = _sign(carrierKey, attestation);
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.InvalidSignature.selector, address(0)));
        vm.prank(stranger);
        attestations.attestBySig(attestation, pickupOrder, signature);
    }

    function test_attestBySig_keepsTheNonceWhenTheSignatureFails() public {
        CheckpointAttestation memory attestation = _attestation(Checkpoint.PickedUp, bytes32(0), NONCE);
        bytes memory forged = _sign(strangerKey, attestation);
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.InvalidSignature.selector, carrier));
        vm.prank(stranger);
        attestations.attestBySig(attestation, order, forged);
        assertFalse(attestations.isNonceUsed(carrier, NONCE), "a forged relay burns no nonce");
        _relay(attestation);
        _assertStatus(OrderStatus.Shipped);
    }

    function test_attestBySig_revertsWhen_escrowRefusesTheTransition() public {
        CheckpointAttestation memory attestation = _attestation(Checkpoint.Delivered, CODE, NONCE);
        bytes memory signature = _sign(carrierKey, attestation);
        vm.expectRevert(
            abi.encodeWithSelector(
                IEscrow.InvalidStatus.selector, orderId, OrderStatus.Accepted, statuses(OrderStatus.Shipped)
            )
        );
        vm.prank(stranger);
        attestations.attestBySig(attestation, order, signature);
        assertFalse(attestations.isNonceUsed(carrier, NONCE), "the nonce of a refused relay stays free");
    }

    // ─── attestBySig: order of the checks ───────────────────────────────────────────────────────────────────

    function test_attestBySig_checksTheDeadlineBeforeTheNonce() public {
        CheckpointAttestation memory attestation = _attestation(Checkpoint.PickedUp, bytes32(0), NONCE);
        bytes memory signature = _sign(carrierKey, attestation);
        vm.prank(carrier);
        attestations.invalidateNonce(NONCE);
        vm.warp(attestation.deadline + 1);
        vm.expectRevert(
            abi.encodeWithSelector(IDeliveryAttestations.AttestationExpired.selector, attestation.deadline)
        );
        vm.prank(stranger);
        attestations.attestBySig(attestation, order, signature);
    }

    function test_attestBySig_checksTheNonceBeforeTheSignature() public {
        CheckpointAttestation memory attestation = _attestation(Checkpoint.PickedUp, bytes32(0), NONCE);
        bytes memory forged = _sign(strangerKey, attestation);
        vm.prank(carrier);
        attestations.invalidateNonce(NONCE);
        vm.expectRevert(abi.encodeWithSelector(IUnorderedNonces.NonceAlreadyUsed.selector, carrier, NONCE));
        vm.prank(stranger);
        attestations.attestBySig(attestation, order, forged);
    }

    function test_attestBySig_checksTheSignatureBeforeTheCheckpoint() public {
        CheckpointAttestation memory attestation = _attestation(Checkpoint.None, bytes32(0), NONCE);
        bytes memory forged = _sign(strangerKey, attestation);
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.InvalidSignature.selector, carrier));
        vm.prank(stranger);
        attestations.attestBySig(attestation, order, forged);
        bytes memory signature = _sign(carrierKey, attestation);
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.InvalidCheckpoint.selector));
        vm.prank(stranger);
        attestations.attestBySig(attestation, order, signature);
    }

    // ─── attestBySig: replay ────────────────────────────────────────────────────────────────────────────────

    function test_attestBySig_revertsWhen_replayedOnAnotherChain() public {
        CheckpointAttestation memory attestation = _attestation(Checkpoint.PickedUp, bytes32(0), NONCE);
        bytes memory signature = _sign(carrierKey, attestation);
        bytes32 digestHere = attestations.attestationDigest(attestation);
        vm.chainId(block.chainid + 1);
        assertTrue(attestations.attestationDigest(attestation) != digestHere, "the digest follows the chain id");
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.InvalidSignature.selector, carrier));
        vm.prank(stranger);
        attestations.attestBySig(attestation, order, signature);
    }

    function test_attestBySig_revertsWhen_replayedOnAnotherDeployment() public {
        CheckpointAttestation memory attestation = _attestation(Checkpoint.InTransit, bytes32(0), NONCE);
        bytes memory signature = _sign(carrierKey, attestation);
        DeliveryAttestations other = new DeliveryAttestations();
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.InvalidSignature.selector, carrier));
        vm.prank(stranger);
        other.attestBySig(attestation, order, signature);
        _relay(attestation);
        assertTrue(attestations.isNonceUsed(carrier, NONCE), "valid where it was signed for");
    }

    // ─── attestBySig: EIP-1271 carriers ─────────────────────────────────────────────────────────────────────

    function test_attestBySig_acceptsASmartWalletCarrier() public {
        OwnerSignedWallet wallet = new OwnerSignedWallet(vm.addr(walletOwnerKey));
        (uint256 id, Order memory walletOrder) = _acceptedOrderCarriedBy(address(wallet));
        CheckpointAttestation memory pickup = _attestation(Checkpoint.PickedUp, bytes32(0), 1);
        pickup.orderId = id;
        vm.prank(stranger);
        attestations.attestBySig(pickup, walletOrder, _sign(walletOwnerKey, pickup));
        CheckpointAttestation memory delivery = _attestation(Checkpoint.Delivered, CODE, 2);
        delivery.orderId = id;
        vm.expectEmit(address(attestations));
        emit IDeliveryAttestations.CheckpointRecorded(
            address(escrow), id, address(wallet), Checkpoint.Delivered, RECORDED_AT, stranger
        );
        vm.prank(stranger);
        attestations.attestBySig(delivery, walletOrder, _sign(walletOwnerKey, delivery));
        OrderStatus status = escrow.orderFacts(id).status;
        assertTrue(status == OrderStatus.Delivered, "delivered");
        assertEq(address(wallet).balance, 0.01 ether, "the wallet earned the fee");
    }

    function test_attestBySig_revertsWhen_smartWalletRefusesTheSignature() public {
        OwnerSignedWallet wallet = new OwnerSignedWallet(vm.addr(walletOwnerKey));
        (uint256 id, Order memory walletOrder) = _acceptedOrderCarriedBy(address(wallet));
        CheckpointAttestation memory attestation = _attestation(Checkpoint.PickedUp, bytes32(0), NONCE);
        attestation.orderId = id;
        bytes memory signature = _sign(strangerKey, attestation);
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.InvalidSignature.selector, address(wallet)));
        vm.prank(stranger);
        attestations.attestBySig(attestation, walletOrder, signature);
    }

    /// @dev A carrier whose own wallet approves any digest has chosen to let anyone speak for it: its orders only.
    function test_attestBySig_trustsACarrierWalletThatApprovesEverything() public {
        address wallet = address(new MaliciousSigner(MaliciousSigner.Behaviour.ApproveEverything));
        (uint256 id, Order memory walletOrder) = _acceptedOrderCarriedBy(wallet);
        CheckpointAttestation memory attestation = _attestation(Checkpoint.PickedUp, bytes32(0), NONCE);
        attestation.orderId = id;
        vm.prank(stranger);
        attestations.attestBySig(attestation, walletOrder, "");
        OrderStatus status = escrow.orderFacts(id).status;
        assertTrue(status == OrderStatus.Shipped, "shipped");
    }

    function test_attestBySig_revertsWhen_anApproveEverythingWalletPosesAsAnotherOrdersCarrier() public {
        address wallet = address(new MaliciousSigner(MaliciousSigner.Behaviour.ApproveEverything));
        Order memory impostor = order;
        impostor.carrier = wallet;
        vm.startPrank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.OrderMismatch.selector, orderId));
        attestations.attestBySig(_attestation(Checkpoint.PickedUp, bytes32(0), 1), impostor, "");
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.OrderMismatch.selector, orderId));
        attestations.attestBySig(_attestation(Checkpoint.InTransit, bytes32(0), 2), impostor, "");
        vm.stopPrank();
        _assertStatus(OrderStatus.Accepted);
    }

    function test_attestBySig_revertsWhen_walletReturnsAnotherValue() public {
        _expectWalletRejected(MaliciousSigner.Behaviour.ReturnWrongValue);
    }

    function test_attestBySig_revertsWhen_walletReturnsTheMagicValueWithDirtyBits() public {
        _expectWalletRejected(MaliciousSigner.Behaviour.ReturnDirtyMagic);
    }

    function test_attestBySig_revertsWhen_walletReturnsTrue() public {
        _expectWalletRejected(MaliciousSigner.Behaviour.ReturnTrue);
    }

    function test_attestBySig_revertsWhen_walletReturnsShortData() public {
        _expectWalletRejected(MaliciousSigner.Behaviour.ReturnShortData);
    }

    function test_attestBySig_revertsWhen_walletReturnsNothing() public {
        _expectWalletRejected(MaliciousSigner.Behaviour.ReturnNothing);
    }

    function test_attestBySig_revertsWhen_walletReverts() public {
        _expectWalletRejected(MaliciousSigner.Behaviour.Revert);
    }

    // ─── invalidateNonce / isNonceUsed ──────────────────────────────────────────────────────────────────────

    function test_invalidateNonce_marksTheNonceUsed() public {
        vm.expectEmit(address(attestations));
        emit IUnorderedNonces.NonceInvalidated(carrier, NONCE);
        vm.prank(carrier);
        attestations.invalidateNonce(NONCE);
        assertTrue(attestations.isNonceUsed(carrier, NONCE), "used");
    }

    function test_invalidateNonce_revertsWhen_nonceIsUsed() public {
        vm.startPrank(carrier);
        attestations.invalidateNonce(NONCE);
        vm.expectRevert(abi.encodeWithSelector(IUnorderedNonces.NonceAlreadyUsed.selector, carrier, NONCE));
        attestations.invalidateNonce(NONCE);
        vm.stopPrank();
    }

    function test_invalidateNonce_marksOnlyThatNonce() public {
        testFuzz_invalidateNonce_marksOnlyThatNonce(257, 1);
    }

    function testFuzz_invalidateNonce_marksOnlyThatNonce(uint256 nonce, uint256 other) public {
        if (other == nonce) other = nonce ^ 1;
        vm.prank(carrier);
        attestations.invalidateNonce(nonce);
        assertTrue(attestations.isNonceUsed(carrier, nonce), "nonce used");
        assertFalse(attestations.isNonceUsed(carrier, other), "another nonce of the carrier stays free");
        assertFalse(attestations.isNonceUsed(stranger, nonce), "the same nonce of another carrier stays free");
    }

    // ─── helpers ────────────────────────────────────────────────────────────────────────────────────────────

    function _attestation(Checkpoint checkpoint, bytes32 code, uint256 nonce)
        internal
        view
        returns (CheckpointAttestation memory)
    {
        return CheckpointAttestation({
            escrow: address(escrow),
            orderId: orderId,
            checkpoint: checkpoint,
            code: code,
            recordedAt: RECORDED_AT,
            nonce: nonce,
            deadline: block.timestamp + 1 hours
        });
    }

    function _domainSeparator(address verifyingContract) internal view returns (bytes32) {
        return keccak256(
            abi.encode(
                DOMAIN_TYPEHASH, keccak256("Grandrue Delivery"), keccak256("2"), block.chainid, verifyingContract
            )
        );
    }

    /// @notice The EIP-712 digest, built here from the type string rather than read from the contract.
    function _digest(CheckpointAttestation memory attestation, address verifyingContract)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(bytes(CHECKPOINT_TYPE)),
                attestation.escrow,
                attestation.orderId,
                uint8(attestation.checkpoint),
                attestation.code,
                attestation.recordedAt,
                attestation.nonce,
                attestation.deadline
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", _domainSeparator(verifyingContract), structHash));
    }

    function _sign(uint256 key, CheckpointAttestation memory attestation) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, _digest(attestation, address(attestations)));
        return abi.encodePacked(r, s, v);
    }

    /// @notice A stranger relays `attestation` for the fixture order, signed by the fixture carrier.
    function _relay(CheckpointAttestation memory attestation) internal {
        bytes memory signature = _sign(carrierKey, attestation);
        vm.prank(stranger);
        attestations.attestBySig(attestation, order, signature);
    }

    function _acceptedOrderCarriedBy(address carrier_) internal returns (uint256 id, Order memory order_) {
        (id, order_) = _checkout(_request(address(0), 1 ether, 0.01 ether, carrier_, address(mediator)));
        _accept(order_);
    }

    function _expectWalletRejected(MaliciousSigner.Behaviour behaviour) internal {
        address wallet = address(new MaliciousSigner(behaviour));
        (uint256 id, Order memory walletOrder) = _acceptedOrderCarriedBy(wallet);
        CheckpointAttestation memory attestation = _attestation(Checkpoint.PickedUp, bytes32(0), NONCE);
        attestation.orderId = id;
        vm.expectRevert(abi.encodeWithSelector(IDeliveryAttestations.InvalidSignature.selector, wallet));
        vm.prank(stranger);
        attestations.attestBySig(attestation, walletOrder, _sign(carrierKey, attestation));
    }

    function _assertAttestOnlyRecords(Checkpoint checkpoint) internal {
        _pickup(order);
        uint40 deadlineBefore = escrow.orderFacts(orderId).deadline;
        vm.warp(block.timestamp + 1 hours);
        vm.expectEmit(address(attestations));
        emit IDeliveryAttestations.CheckpointRecorded(
            address(escrow), orderId, carrier, checkpoint, uint64(block.timestamp), carrier
        );
        vm.prank(carrier);
        attestations.attest(address(escrow), order, checkpoint, CODE);
        _assertState(OrderStatus.Shipped, deadlineBefore);
        assertEq(carrier.balance, 0, "no fee for an informational checkpoint");
    }

    function _assertStatus(OrderStatus expected) internal view {
        OrderStatus status = escrow.orderFacts(orderId).status;
        assertEq(uint256(status), uint256(expected), "status");
    }

    function _assertState(OrderStatus expected, uint40 deadline) internal view {
        OrderStatus status = escrow.orderFacts(orderId).status;
        uint40 actualDeadline = escrow.orderFacts(orderId).deadline;
        assertEq(uint256(status), uint256(expected), "status");
        assertEq(actualDeadline, deadline, "deadline");
    }
}
