// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {PasskeyAccount} from "../../../../contracts/account/PasskeyAccount.sol";
import {PasskeyAccountFactory} from "../../../../contracts/account/PasskeyAccountFactory.sol";
import {CallRecorder} from "../mocks/CallRecorder.sol";
import {PasskeySigning} from "./PasskeySigning.sol";

/// @notice A factory, Alice's account created with her phone's passkey, a call target and a relayer.
abstract contract PasskeyFixture is PasskeySigning {
    PasskeyAccountFactory internal factory;
    PasskeyAccount internal account;
    CallRecorder internal recorder;
    address internal relayer = address(0x4E1A7E4);

    function setUp() public virtual {
        vm.warp(1_800_000_000);
        factory = new PasskeyAccountFactory();
        recorder = new CallRecorder();
        account = PasskeyAccount(payable(factory.createAccount(_passkey(ALICE_PHONE_KEY), bytes32(0))));
    }

    /// @notice `executionData` for `calls` signed by `privateKey` for `account_`.
    function _signedBatch(
        PasskeyAccount account_,
        uint256 privateKey,
        Execution[] memory calls,
        uint256 nonce,
        uint256 deadline
    ) internal view returns (bytes memory) {
        return _executionData(calls, nonce, deadline, _sign(privateKey, account_.executionDigest(calls, nonce, deadline)));
    }

    /// @notice `executionData` for `calls` signed by `privateKey` for Alice's account, at its next nonce of key 0.
    function _signedBatch(uint256 privateKey, Execution[] memory calls) internal view returns (bytes memory) {
        return _signedBatch(account, privateKey, calls, account.nonces(address(account)), block.timestamp + 1 hours);
    }

    /// @notice The relayer submits `calls` signed by `privateKey` to Alice's account.
    function _execute(uint256 privateKey, Execution[] memory calls) internal {
        bytes memory executionData = _signedBatch(privateKey, calls);
        vm.prank(relayer);
        account.execute(SIGNED_BATCH_MODE, executionData);
    }
}
