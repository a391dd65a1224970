// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {IDeliveryAttestations} from "./interfaces/IDeliveryAttestations.sol";
import {IEscrow} from "./interfaces/IEscrow.sol";
import {orderIdOf} from "./libraries/PackedOrder.sol";
import {isValidSignatureNow} from "./libraries/SignatureCheck.sol";
import {Checkpoint, CheckpointAttestation, Order} from "./types/MarketTypes.sol";
import {UnorderedNonces} from "./utils/UnorderedNonces.sol";

/// @title DeliveryAttestations
/// @notice Carrier registry and delivery checkpoints; see {IDeliveryAttestations}.
contract DeliveryAttestations is IDeliveryAttestations, EIP712, UnorderedNonces {
    /// @notice EIP-712 type of a relayed checkpoint.
    bytes32 public constant CHECKPOINT_TYPEHASH = keccak256(
        "CheckpointAttestation(address escrow,uint256 orderId,uint8 checkpoint,bytes32 code,uint64 recordedAt,uint256 nonce,uint256 deadline)"
    );
    /// @notice Longest profile CID, in bytes.
    uint256 public constant MAX_CID_LENGTH = 128;

    mapping(address carrier => bool) private _isRegistered;
    mapping(address escrow => mapping(uint256 orderId => LastCheckpoint)) private _lastCheckpoints;

    constructor() EIP712("Grandrue Delivery", "2") {}

    /// @inheritdoc IDeliveryAttestations
    function registerCarrier(bytes calldata profileCid) external {
        if (_isRegistered[msg.sender]) revert CarrierAlreadyRegistered(msg.sender);
        _checkCid(profileCid);
        _isRegistered[msg.sender] = true;
        emit CarrierRegistered(msg.sender, profileCid);
    }

    /// @inheritdoc IDeliveryAttestations
    function updateCarrier(bytes calldata profileCid) external {
        if (!_isRegistered[msg.sender]) revert CarrierNotRegistered(msg.sender);
        _checkCid(profileCid);
        emit CarrierUpdated(msg.sender, profileCid);
    }

    /// @inheritdoc IDeliveryAttestations
    function attest(address escrow, Order calldata order, Checkpoint checkpoint, bytes32 code) external {
        uint256 orderId = orderIdOf(order);
        if (msg.sender != order.carrier) revert NotOrderCarrier(orderId, msg.sender);
        _record(escrow, orderId, order, checkpoint, code, uint64(block.timestamp));
    }

    /// @inheritdoc IDeliveryAttestations
    function attestBySig(CheckpointAttestation calldata attestation, Order calldata order, bytes calldata signature)
        external
    {
        if (orderIdOf(order) != attestation.orderId) revert OrderMismatch(attestation.orderId);
        if (block.timestamp > attestation.deadline) revert AttestationExpired(attestation.deadline);
        _useNonce(order.carrier, attestation.nonce);
        bytes32 digest = attestationDigest(attestation);
        if (!isValidSignatureNow(order.carrier, digest, signature)) revert InvalidSignature(order.carrier);
        _record(
            attestation.escrow,
            attestation.orderId,
            order,
            attestation.checkpoint,
            attestation.code,
            attestation.recordedAt
        );
    }

    /// @inheritdoc IDeliveryAttestations
    function isCarrier(address carrier) external view returns (bool) {
        return _isRegistered[carrier];
    }

    /// @inheritdoc IDeliveryAttestations
    function lastCheckpoint(address escrow, uint256 orderId) external view returns (LastCheckpoint memory) {
        return _lastCheckpoints[escrow][orderId];
    }

    /// @inheritdoc IDeliveryAttestations
    function attestationDigest(CheckpointAttestation calldata attestation) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    CHECKPOINT_TYPEHASH,
                    attestation.escrow,
                    attestation.orderId,
                    attestation.checkpoint,
                    attestation.code,
                    attestation.recordedAt,
                    attestation.nonce,
                    attestation.deadline
                )
            )
        );
    }

    /// @notice The EIP-712 domain separator (chain id and this contract's address are part of it).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function _record(
        address escrow,
        uint256 orderId,
        Order calldata order,
        Checkpoint checkpoint,
        bytes32 code,
        uint64 recordedAt
    ) private {
        if (checkpoint == Checkpoint.None) revert InvalidCheckpoint();
        if (checkpoint == Checkpoint.PickedUp) {
            IEscrow(escrow).confirmPickup(order);
        } else if (checkpoint == Checkpoint.Delivered) {
            IEscrow(escrow).confirmDelivery(order, code);
        } else if (!IEscrow(escrow).verifyOrder(orderId, order)) {
            revert UnknownOrder(escrow, orderId);
        }
        _lastCheckpoints[escrow][orderId] = LastCheckpoint({
            checkpoint: checkpoint,
            recordedAt: recordedAt,
            attestedAt: uint40(block.timestamp)
        });
        emit CheckpointRecorded(escrow, orderId, order.carrier, checkpoint, recordedAt, msg.sender);
    }

    function _checkCid(bytes calldata cid) private pure {
        if (cid.length == 0 || cid.length > MAX_CID_LENGTH) revert InvalidCid(cid.length);
    }
}
