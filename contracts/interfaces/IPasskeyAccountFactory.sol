// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Passkey} from "../types/PasskeyTypes.sol";

/// @title Grandrue passkey account factory
/// @notice Creates passkey accounts (see {IPasskeyAccount}) as minimal clones (ERC-1167) at CREATE2 addresses
///  derived from the first passkey and a salt, so a shopper has an address to receive money before any transaction.
///  Anyone may create an account — in practice the first relayer that acts for it, in the same transaction as the
///  account's first batch ({createAccountAndExecute}). The factory has no owner and no other power: it cannot touch an
///  account once created. The address is the clone of {implementation} at salt
///  `keccak256(abi.encode(passkeyId, salt))`, and stays the account's address when its passkeys change.
interface IPasskeyAccountFactory {
    /// @notice An account was created for the passkey `passkeyId` and `salt`.
    event AccountCreated(address indexed account, bytes32 indexed passkeyId, bytes32 salt);

    /// @notice The account contract every clone runs, deployed by this factory.
    function implementation() external view returns (address);

    /// @notice The address of the account of `passkey` and `salt`, created or not.
    function accountAddress(Passkey calldata passkey, bytes32 salt) external view returns (address);

    /// @notice Creates the account of `passkey` and `salt`, or returns it if it exists (idempotent, callable by anyone).
    /// @dev Emits {AccountCreated} and {IPasskeyAccount-PasskeyAdded} when it creates it. Reverts if:
    ///  - the public key is not on P-256             → InvalidPublicKey(qx, qy)
    ///  - the origin is empty                        → EmptyOrigin()
    function createAccount(Passkey calldata passkey, bytes32 salt) external returns (address account);

    /// @notice Creates the account if needed, then submits a signed batch to it ({IPasskeyAccount-execute}): the first
    ///  relayed transaction of a new account, in one transaction.
    /// @dev Reverts as {createAccount}, then as {IPasskeyAccount-execute}.
    function createAccountAndExecute(Passkey calldata passkey, bytes32 salt, bytes32 mode, bytes calldata executionData)
        external
        returns (address account);
}
