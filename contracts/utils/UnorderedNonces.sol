// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IUnorderedNonces} from "../interfaces/IUnorderedNonces.sol";

/// @title UnorderedNonces
/// @notice The one implementation of {IUnorderedNonces}, inherited by every contract that accepts signatures.
abstract contract UnorderedNonces is IUnorderedNonces {
    mapping(address owner => mapping(uint256 word => uint256 bitmap)) private _usedNonces;

    /// @inheritdoc IUnorderedNonces
    function invalidateNonce(uint256 nonce) external {
        _useNonce(msg.sender, nonce);
        emit NonceInvalidated(msg.sender, nonce);
    }

    /// @inheritdoc IUnorderedNonces
    function isNonceUsed(address owner, uint256 nonce) external view returns (bool) {
        return _usedNonces[owner][nonce >> 8] & (1 << (nonce & 0xff)) != 0;
    }

    /// @dev Marks `nonce` used for `owner`. Reverts if it was used or revoked → NonceAlreadyUsed(owner, nonce).
    function _useNonce(address owner, uint256 nonce) internal {
        uint256 bit = 1 << (nonce & 0xff);
        uint256 bitmap = _usedNonces[owner][nonce >> 8];
        if (bitmap & bit != 0) revert NonceAlreadyUsed(owner, nonce);
        _usedNonces[owner][nonce >> 8] = bitmap | bit;
    }
}
