// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Checkpoint, CheckpointAttestation, Order} from "../types/MarketTypes.sol";
import {IUnorderedNonces} from "./IUnorderedNonces.sol";

/// @title Grandrue delivery attestations
/// @notice A permissionless carrier registry and the record of delivery checkpoints. A carrier records a
///  checkpoint itself, or signs it (EIP-712, EIP-1271 wallets accepted) for anyone to relay, so couriers need no
///  gas. `PickedUp` and `Delivered` move the escrow order (Delivered needs the buyer's code); the other
///  checkpoints are a verified public timeline. Another delivery service can do the same without permission by
///  being the order's carrier itself and calling the escrow's `confirmPickup` / `confirmDelivery`.
interface IDeliveryAttestations is IUnorderedNonces {
    /// @notice The last checkpoint recorded for an order, readable by contracts (a carrier pool asks "was it
    ///  returned?"). The full timeline stays in {CheckpointRecorded} events.
    /// @param recordedAt When the courier recorded it, by its own clock (display only).
    /// @param attestedAt When it reached the chain (block timestamp); 0 when none was recorded.
    struct LastCheckpoint {
        Checkpoint checkpoint;
        uint64 recordedAt;
        uint40 attestedAt;
    }

    /// @notice The caller or signer is not the order's carrier.
    error NotOrderCarrier(uint256 orderId, address account);
    /// @notice The order terms do not match the escrow's commitment.
    error UnknownOrder(address escrow, uint256 orderId);
    /// @notice `None` is not a checkpoint.
    error InvalidCheckpoint();
    /// @notice The signed attestation expired at `deadline`.
    error AttestationExpired(uint256 deadline);
    /// @notice The signed order id is not the id of the terms passed.
    error OrderMismatch(uint256 orderId);
    /// @notice The signature is not the carrier's.
    error InvalidSignature(address carrier);
    /// @notice The carrier is already registered / not registered.
    error CarrierAlreadyRegistered(address carrier);
    error CarrierNotRegistered(address carrier);
    /// @notice A profile CID is empty or longer than `MAX_CID_LENGTH`.
    error InvalidCid(uint256 length);

    /// @notice A carrier registered its profile (IPFS: name, service area, fees, sustainability).
    event CarrierRegistered(address indexed carrier, bytes profileCid);
    /// @notice A carrier published a new profile.
    event CarrierUpdated(address indexed carrier, bytes profileCid);
    /// @notice A checkpoint was recorded for an order of `escrow`, by `carrier`, sent by `relayer`.
    event CheckpointRecorded(
        address indexed escrow,
        uint256 indexed orderId,
        address indexed carrier,
        Checkpoint checkpoint,
        uint64 recordedAt,
        address relayer
    );

    /// @notice Registers the caller as a carrier.
    /// @dev Emits {CarrierRegistered}. Reverts if:
    ///  - the caller is already registered          → CarrierAlreadyRegistered(caller)
    ///  - the CID is empty or too long              → InvalidCid(length)
    function registerCarrier(bytes calldata profileCid) external;

    /// @notice Publishes a new profile for the caller.
    /// @dev Emits {CarrierUpdated}. Reverts if:
    ///  - the caller is not registered              → CarrierNotRegistered(caller)
    ///  - the CID is empty or too long              → InvalidCid(length)
    function updateCarrier(bytes calldata profileCid) external;

    /// @notice The order's carrier records a checkpoint itself.
    /// @dev Emits {CheckpointRecorded}; PickedUp / Delivered also move the escrow order. Reverts if:
    ///  - the caller is not `order.carrier`           → NotOrderCarrier(orderId, caller)
    ///  - `checkpoint` is None                        → InvalidCheckpoint()
    ///  - `order` does not match the escrow           → UnknownOrder(escrow, orderId)
    ///  - and whatever the escrow reverts with for PickedUp / Delivered (status, deadline, code).
    /// @param escrow The escrow holding the order.
    /// @param order The order's terms (its id is their hash).
    /// @param code The buyer's delivery code for `Delivered`, ignored otherwise.
    function attest(address escrow, Order calldata order, Checkpoint checkpoint, bytes32 code) external;

    /// @notice Anyone relays a checkpoint the order's carrier signed.
    /// @dev Checks, in order: terms, deadline, nonce (consumed), digest, signature (ECDSA or EIP-1271), then the
    ///  effect. Emits {CheckpointRecorded}. Reverts if:
    ///  - `order` does not hash to `attestation.orderId` → OrderMismatch(orderId)
    ///  - `block.timestamp > attestation.deadline`    → AttestationExpired(deadline)
    ///  - the nonce was used or revoked                → NonceAlreadyUsed(carrier, nonce)
    ///  - the signature is not `order.carrier`'s       → InvalidSignature(carrier)
    ///  - then as {attest}.
    function attestBySig(CheckpointAttestation calldata attestation, Order calldata order, bytes calldata signature)
        external;

    /// @notice Whether `carrier` registered.
    function isCarrier(address carrier) external view returns (bool);

    /// @notice The last checkpoint recorded for `orderId` of `escrow` (checkpoint `None` when there is none).
    function lastCheckpoint(address escrow, uint256 orderId) external view returns (LastCheckpoint memory);

    /// @notice The EIP-712 digest a carrier signs for `attestation`.
    function attestationDigest(CheckpointAttestation calldata attestation) external view returns (bytes32);
}
