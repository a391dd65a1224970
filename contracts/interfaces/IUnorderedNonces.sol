// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Unordered signature nonces
/// @notice Replay protection for EIP-712 signatures, like Permit2's: every signer has 2^256 single-use nonces, used
///  in any order, so signatures made offline can be submitted in any order and any of them revoked. Nonces live in
///  bitmaps of 256: a signer who counts up (0, 1, 2…) fills one storage word per 256 signatures, which keeps each use
///  a warm-word write after the first; random nonces cost a fresh word each. Each contract keeps its own nonces, and
///  its EIP-712 domain (chain id and address) keeps its signatures apart from every other contract's.
interface IUnorderedNonces {
    /// @notice `owner` already used or revoked `nonce`.
    error NonceAlreadyUsed(address owner, uint256 nonce);

    /// @notice `owner` revoked the unused `nonce`, so no signature carrying it can ever be submitted.
    event NonceInvalidated(address indexed owner, uint256 nonce);

    /// @notice Revokes one of the caller's unused nonces.
    /// @dev Emits {NonceInvalidated}. Reverts if the nonce is used → NonceAlreadyUsed(caller, nonce).
    function invalidateNonce(uint256 nonce) external;

    /// @notice Whether `owner` used or revoked `nonce`.
    function isNonceUsed(address owner, uint256 nonce) external view returns (bool);
}
