// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {ERC7579Utils} from "@openzeppelin/contracts/account/utils/draft-ERC7579Utils.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {P256} from "@openzeppelin/contracts/utils/cryptography/P256.sol";
import {ERC7739} from "@openzeppelin/contracts/utils/cryptography/signers/draft-ERC7739.sol";
import {NoncesKeyed} from "@openzeppelin/contracts/utils/NoncesKeyed.sol";
import {IPasskeyAccount} from "../interfaces/IPasskeyAccount.sol";
import {PasskeyAssertion} from "../libraries/PasskeyAssertion.sol";
import {Passkey} from "../types/PasskeyTypes.sol";

/// @title PasskeyAccount
/// @notice A shopper's account owned only by its passkeys; see {IPasskeyAccount}. Deployed once by
///  {PasskeyAccountFactory} as the implementation of its clones; the implementation itself never has a passkey.
/// @dev OpenZeppelin 5.7 pieces: {ERC7739} (ERC-1271 with nested EIP-712), {EIP712}, {NoncesKeyed}, {ERC7579Utils}
///  (batch decoding and calls), {P256} and {WebAuthn} (through {PasskeyAssertion}). OpenZeppelin's {ERC7821} only
///  runs batches sent by the account itself (no opData), so {execute} implements the opData mode here.
///  OpenZeppelin's {SignerWebAuthn} holds one key, and {MultiSignerERC7913} stores each signer as bytes (about five
///  new storage slots for a verifier and a 64-byte key) checked through an external verifier: a passkey here is one
///  slot, its id, and the relying party and origin it is bound to cost nothing more.
contract PasskeyAccount is IPasskeyAccount, ERC7739, NoncesKeyed {
    /// @notice The one {execute} mode: ERC-7821 batch with opData.
    bytes32 public constant SIGNED_BATCH_MODE = 0x0100000000007821000100000000000000000000000000000000000000000000;
    /// @notice EIP-712 type of one call of a signed batch.
    bytes32 public constant CALL_TYPEHASH = keccak256("Call(address to,uint256 value,bytes data)");
    /// @notice EIP-712 type of a signed batch.
    bytes32 public constant EXECUTE_TYPEHASH =
        keccak256("Execute(Call[] calls,uint256 nonce,uint256 deadline)Call(address to,uint256 value,bytes data)");

    /// @inheritdoc IPasskeyAccount
    address public immutable factory;

    mapping(bytes32 passkeyId => bool) private _isPasskey;
    uint256 private _passkeyCount;

    constructor() EIP712("Grandrue Passkey Account", "1") {
        factory = msg.sender;
    }

    /// @notice Receives the native coin (e.g. an escrow refund).
    receive() external payable {}

    /// @inheritdoc IPasskeyAccount
    function initialize(Passkey calldata passkey) external {
        if (msg.sender != factory) revert NotFactory(msg.sender);
        if (_passkeyCount != 0) revert AlreadyInitialized();
        _addPasskey(passkey);
    }

    /// @inheritdoc IPasskeyAccount
    function execute(bytes32 mode, bytes calldata executionData) external payable {
        if (!supportsExecutionMode(mode)) revert UnsupportedExecutionMode(mode);
        Execution[] calldata calls = ERC7579Utils.decodeBatch(executionData);
        bytes calldata opData = _opData(executionData);
        uint256 nonce = uint256(bytes32(opData[0x00:0x20]));
        uint256 deadline = uint256(bytes32(opData[0x20:0x40]));
        if (block.timestamp > deadline) revert BatchExpired(deadline);
        _useCheckedNonce(address(this), nonce);
        if (!_rawSignatureValidation(executionDigest(calls, nonce, deadline), opData[0x40:])) {
            revert InvalidPasskeySignature();
        }
        emit BatchExecuted(nonce);
        ERC7579Utils.execBatch(executionData, ERC7579Utils.EXECTYPE_DEFAULT);
    }

    /// @inheritdoc IPasskeyAccount
    function addPasskey(Passkey calldata passkey) external {
        _checkSelfCall();
        _addPasskey(passkey);
    }

    /// @inheritdoc IPasskeyAccount
    function removePasskey(bytes32 passkeyId) external {
        _checkSelfCall();
        if (!_isPasskey[passkeyId]) revert UnknownPasskey(passkeyId);
        if (_passkeyCount == 1) revert LastPasskey(passkeyId);
        _isPasskey[passkeyId] = false;
        // Cannot underflow: the count is at least 2 here.
        unchecked {
            --_passkeyCount;
        }
        emit PasskeyRemoved(passkeyId);
    }

    /// @inheritdoc IPasskeyAccount
    function isValidSignature(bytes32 hash, bytes calldata signature)
        public
        view
        override(ERC7739, IPasskeyAccount)
        returns (bytes4)
    {
        return super.isValidSignature(hash, signature);
    }

    /// @inheritdoc IPasskeyAccount
    function isPasskey(bytes32 passkeyId) external view returns (bool) {
        return _isPasskey[passkeyId];
    }

    /// @inheritdoc IPasskeyAccount
    function passkeyCount() external view returns (uint256) {
        return _passkeyCount;
    }

    /// @inheritdoc IPasskeyAccount
    function supportsExecutionMode(bytes32 mode) public pure returns (bool) {
        return mode == SIGNED_BATCH_MODE;
    }

    /// @inheritdoc IPasskeyAccount
    function executionDigest(Execution[] calldata calls, uint256 nonce, uint256 deadline)
        public
        view
        returns (bytes32)
    {
        bytes32[] memory callHashes = new bytes32[](calls.length);
        for (uint256 i = 0; i < calls.length; ++i) {
            callHashes[i] =
                keccak256(abi.encode(CALL_TYPEHASH, calls[i].target, calls[i].value, keccak256(calls[i].callData)));
        }
        return _hashTypedDataV4(
            keccak256(abi.encode(EXECUTE_TYPEHASH, keccak256(abi.encodePacked(callHashes)), nonce, deadline))
        );
    }

    /// @dev The only signature check of the account, for {execute} and (nested by ERC-7739) {isValidSignature}.
    function _rawSignatureValidation(bytes32 hash, bytes calldata signature) internal view override returns (bool) {
        return _isPasskey[PasskeyAssertion.signerOf(hash, signature)];
    }

    function _addPasskey(Passkey calldata passkey) private {
        if (!P256.isValidPublicKey(passkey.qx, passkey.qy)) revert InvalidPublicKey(passkey.qx, passkey.qy);
        if (bytes(passkey.origin).length == 0) revert EmptyOrigin();
        bytes32 passkeyId = PasskeyAssertion.idOf(passkey);
        if (_isPasskey[passkeyId]) revert PasskeyExists(passkeyId);
        _isPasskey[passkeyId] = true;
        ++_passkeyCount;
        emit PasskeyAdded(passkeyId, passkey.qx, passkey.qy, passkey.rpIdHash, passkey.origin);
    }

    function _checkSelfCall() private view {
        if (msg.sender != address(this)) revert NotSelfCall(msg.sender);
    }

    /// @dev The `opData` of `executionData` = `abi.encode(calls, opData)` (its second word is the offset of `opData`),
    ///  checked to hold at least a nonce and a deadline. {ERC7579Utils-decodeBatch} checked the length is >= 32.
    function _opData(bytes calldata executionData) private pure returns (bytes calldata) {
        uint256 length = executionData.length;
        if (length < 0x40) revert ERC7579Utils.ERC7579DecodingError();
        uint256 offset = uint256(bytes32(executionData[0x20:0x40]));
        if (offset > length - 0x20) revert ERC7579Utils.ERC7579DecodingError();
        uint256 opDataLength = uint256(bytes32(executionData[offset:offset + 0x20]));
        // `offset + 0x20 <= length`, so the subtraction cannot underflow.
        if (opDataLength > length - offset - 0x20 || opDataLength < 0x40) revert ERC7579Utils.ERC7579DecodingError();
        return executionData[offset + 0x20:offset + 0x20 + opDataLength];
    }
}
