// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IPasskeyAccountFactory} from "../interfaces/IPasskeyAccountFactory.sol";
import {PasskeyAssertion} from "../libraries/PasskeyAssertion.sol";
import {Passkey} from "../types/PasskeyTypes.sol";
import {PasskeyAccount} from "./PasskeyAccount.sol";

/// @title PasskeyAccountFactory
/// @notice Creates passkey accounts at addresses known in advance; see {IPasskeyAccountFactory}.
/// @dev ERC-1167 clones (OpenZeppelin {Clones}): a new account costs a 45-byte proxy and one passkey slot instead of
///  the account's whole bytecode (its Solidity P-256 fallback alone is several kilobytes).
contract PasskeyAccountFactory is IPasskeyAccountFactory {
    /// @inheritdoc IPasskeyAccountFactory
    address public immutable implementation;

    constructor() {
        implementation = address(new PasskeyAccount());
    }

    /// @inheritdoc IPasskeyAccountFactory
    function createAccountAndExecute(Passkey calldata passkey, bytes32 salt, bytes32 mode, bytes calldata executionData)
        external
        returns (address account)
    {
        account = createAccount(passkey, salt);
        PasskeyAccount(payable(account)).execute(mode, executionData);
    }

    /// @inheritdoc IPasskeyAccountFactory
    function createAccount(Passkey calldata passkey, bytes32 salt) public returns (address account) {
        bytes32 passkeyId = PasskeyAssertion.idOf(passkey);
        bytes32 cloneSalt = _cloneSalt(passkeyId, salt);
        account = Clones.predictDeterministicAddress(implementation, cloneSalt);
        if (account.code.length != 0) return account;
        Clones.cloneDeterministic(implementation, cloneSalt);
        PasskeyAccount(payable(account)).initialize(passkey);
        emit AccountCreated(account, passkeyId, salt);
    }

    /// @inheritdoc IPasskeyAccountFactory
    function accountAddress(Passkey calldata passkey, bytes32 salt) external view returns (address) {
        return Clones.predictDeterministicAddress(implementation, _cloneSalt(PasskeyAssertion.idOf(passkey), salt));
    }

    function _cloneSalt(bytes32 passkeyId, bytes32 salt) private pure returns (bytes32) {
        return keccak256(abi.encode(passkeyId, salt));
    }
}
