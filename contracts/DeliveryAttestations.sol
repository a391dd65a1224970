// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {IDeliveryAttestations} from "./interfaces/IDeliveryAttestations.sol";
import {IEscrow} from "./interfaces/IEscrow.sol";
import {Checkpoint, CheckpointAttestation, Order} from "./types/MarketTypes.sol";

/// @title DeliveryAttestations
/// @notice Carrier registry and delivery checkpoints; see {IDeliveryAttestations}.
contract DeliveryAttestations is IDeliveryAttestations, EIP712 {
    /// @notice EIP-712 type of a relayed checkpoint.
    bytes32 public constant CHECKPOINT_TYPEHASH = keccak256(
        "CheckpointAttestation(address escrow,uint256 orderId,uint8 checkpoint,bytes32 code,uint64 recordedAt,uint256 nonce,uint256 deadline)"
    );
    /// @notice Longest profile CID, in bytes.
    uint256 public constant MAX_CID_LENGTH = 128;

    mapping(address carrier => bool) private _isRegistered;
    /// @dev Unordered nonces (like Permit2): a courier signs checkpoints offline and relays them in any order.
    mapping(address carrier => mapping(uint256 word => uint256 bitmap)) private _usedNonces;

    constructor() EIP712("Grandrue Delivery", "1") {}

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
    function attest(address escrow, uint256 orderId, Order calldata order, Checkpoint checkpoint, bytes32 code)
        external
    {
        if (msg.sender != order.carrier) revert NotOrderCarrier(orderId, msg.sender);
        _record(escrow, orderId, order, checkpoint, code, uint64(block.timestamp));
    }

    /// @inheritdoc IDeliveryAttestations
    function attestBySig(CheckpointAttestation calldata attestation, Order calldata order, bytes calldata signature)
        external
    {
        if (block.timestamp > attestation.deadline) revert AttestationExpired(attestation.deadline);
        _useNonce(order.carrier, attestation.nonce);
        bytes32 digest = attestationDigest(attestation);
        if (!SignatureChecker.isValidSignatureNow(order.carrier, digest, signature)) {
            revert InvalidSignature(order.carrier);
        }
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
    function invalidateNonce(uint256 nonce) external {
        _useNonce(msg.sender, nonce);
        emit NonceInvalidated(msg.sender, nonce);
    }

    /// @inheritdoc IDeliveryAttestations
    function isCarrier(address carrier) external view returns (bool) {
        return _isRegistered[carrier];
    }

    /// @inheritdoc IDeliveryAttestations
    function isNonceUsed(address carrier, uint256 nonce) external view returns (bool) {
        return _usedNonces[carrier][nonce >> 8] & (1 << (nonce & 0xff)) != 0;
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
            IEscrow(escrow).confirmPickup(orderId, order);
        } else if (checkpoint == Checkpoint.Delivered) {
            IEscrow(escrow).confirmDelivery(orderId, order, code);
        } else if (!IEscrow(escrow).verifyOrder(orderId, order)) {
            revert UnknownOrder(escrow, orderId);
        }
        emit CheckpointRecorded(escrow, orderId, order.carrier, checkpoint, recordedAt, msg.sender);
    }

    function _useNonce(address carrier, uint256 nonce) private {
        uint256 bit = 1 << (nonce & 0xff);
        uint256 bitmap = _usedNonces[carrier][nonce >> 8];
        if (bitmap & bit != 0) revert NonceAlreadyUsed(carrier, nonce);
        _usedNonces[carrier][nonce >> 8] = bitmap | bit;
    }

    function _checkCid(bytes calldata cid) private pure {
        if (cid.length == 0 || cid.length > MAX_CID_LENGTH) revert InvalidCid(cid.length);
    }
}
