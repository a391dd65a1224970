// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {PasskeyAccount} from "../../../contracts/account/PasskeyAccount.sol";
import {IPasskeyAccount} from "../../../contracts/interfaces/IPasskeyAccount.sol";
import {IPasskeyAccountFactory} from "../../../contracts/interfaces/IPasskeyAccountFactory.sol";
import {Passkey} from "../../../contracts/types/PasskeyTypes.sol";
import {CallRecorder} from "./mocks/CallRecorder.sol";
import {PasskeyFixture} from "./utils/PasskeyFixture.sol";

/// @notice Addresses known before any transaction, idempotent creation by anyone, and the first relayed batch.
contract PasskeyAccountFactoryTest is PasskeyFixture {
    bytes32 private constant SALT = bytes32(uint256(42));

    function test_accountAddress_isWhereTheAccountIsCreated() public {
        Passkey memory laptop = _passkey(ALICE_LAPTOP_KEY);
        address predicted = factory.accountAddress(laptop, SALT);
        assertEq(predicted.code.length, 0, "nothing there before");
        vm.expectEmit(address(factory));
        emit IPasskeyAccountFactory.AccountCreated(predicted, _passkeyId(laptop), SALT);
        vm.prank(relayer);
        assertEq(factory.createAccount(laptop, SALT), predicted);
        assertTrue(PasskeyAccount(payable(predicted)).isPasskey(_passkeyId(laptop)));
    }

    function test_accountAddress_dependsOnTheKeyTheRelyingPartyTheOriginAndTheSalt() public view {
        Passkey memory passkey = _passkey(ALICE_LAPTOP_KEY);
        address base = factory.accountAddress(passkey, SALT);
        assertTrue(base != factory.accountAddress(passkey, bytes32(0)), "salt");
        assertTrue(base != factory.accountAddress(_passkey(MALLORY_KEY), SALT), "key");
        Passkey memory otherRp = _passkey(ALICE_LAPTOP_KEY);
        otherRp.rpIdHash = sha256("evil.example");
        assertTrue(base != factory.accountAddress(otherRp, SALT), "relying party");
        Passkey memory otherOrigin = _passkey(ALICE_LAPTOP_KEY);
        otherOrigin.origin = "https://evil.example";
        assertTrue(base != factory.accountAddress(otherOrigin, SALT), "origin");
    }

    function test_createAccount_returnsTheExistingAccount() public {
        Passkey memory phone = _passkey(ALICE_PHONE_KEY);
        vm.recordLogs();
        assertEq(factory.createAccount(phone, bytes32(0)), address(account));
        assertEq(vm.getRecordedLogs().length, 0, "nothing created, nothing emitted");
        assertEq(account.passkeyCount(), 1);
    }

    function test_createAccount_keepsTheAddressAfterTheFirstPasskeyIsRemoved() public {
        bytes memory addLaptop = abi.encodeCall(PasskeyAccount.addPasskey, (_passkey(ALICE_LAPTOP_KEY)));
        _execute(ALICE_PHONE_KEY, _call(address(account), 0, addLaptop));
        bytes memory removePhone = abi.encodeCall(PasskeyAccount.removePasskey, (_passkeyId(_passkey(ALICE_PHONE_KEY))));
        _execute(ALICE_LAPTOP_KEY, _call(address(account), 0, removePhone));
        assertEq(factory.createAccount(_passkey(ALICE_PHONE_KEY), bytes32(0)), address(account));
        assertEq(account.passkeyCount(), 1);
        assertFalse(account.isPasskey(_passkeyId(_passkey(ALICE_PHONE_KEY))), "the removed passkey stays removed");
    }

    function test_createAccount_revertsWhen_theKeyIsNotOnTheCurve() public {
        Passkey memory bogus = _passkey(ALICE_LAPTOP_KEY);
        bogus.qx = bytes32(0);
        vm.expectRevert(abi.encodeWithSelector(IPasskeyAccount.InvalidPublicKey.selector, bogus.qx, bogus.qy));
        factory.createAccount(bogus, SALT);
    }

    function test_createAccount_revertsWhen_theOriginIsEmpty() public {
        Passkey memory noOrigin = _passkey(ALICE_LAPTOP_KEY);
        noOrigin.origin = "";
        vm.expectRevert(IPasskeyAccount.EmptyOrigin.selector);
        factory.createAccount(noOrigin, SALT);
    }

    function test_createAccountAndExecute_createsTheAccountAndRunsItsFirstBatch() public {
        Passkey memory laptop = _passkey(ALICE_LAPTOP_KEY);
        PasskeyAccount fresh = PasskeyAccount(payable(factory.accountAddress(laptop, SALT)));
        Execution[] memory calls = _call(address(recorder), 0, abi.encodeCall(CallRecorder.record, ("first")));
        // The digest depends only on the account's address and chain: the batch is signed before the account exists.
        bytes32 digest = _offchainExecutionDigest(address(fresh), calls, 0, block.timestamp + 1 hours);
        bytes memory batch = _executionData(calls, 0, block.timestamp + 1 hours, _sign(ALICE_LAPTOP_KEY, digest));

        vm.prank(relayer);
        assertEq(factory.createAccountAndExecute(laptop, SALT, SIGNED_BATCH_MODE, batch), address(fresh));
        assertEq(recorder.recordAt(0).caller, address(fresh));
        assertEq(fresh.nonces(address(fresh)), 1);
    }

    function test_createAccountAndExecute_runsTheBatchOfAnExistingAccount() public {
        Execution[] memory calls = _call(address(recorder), 0, abi.encodeCall(CallRecorder.record, ("later")));
        bytes memory batch = _signedBatch(ALICE_PHONE_KEY, calls);
        factory.createAccountAndExecute(_passkey(ALICE_PHONE_KEY), bytes32(0), SIGNED_BATCH_MODE, batch);
        assertEq(recorder.recordCount(), 1);
    }

    function test_createAccountAndExecute_revertsAsTheAccountDoes() public {
        Execution[] memory calls = _call(address(recorder), 0, abi.encodeCall(CallRecorder.record, ("x")));
        bytes memory batch = _signedBatch(MALLORY_KEY, calls);
        Passkey memory phone = _passkey(ALICE_PHONE_KEY);
        vm.expectRevert(IPasskeyAccount.InvalidPasskeySignature.selector);
        factory.createAccountAndExecute(phone, bytes32(0), SIGNED_BATCH_MODE, batch);
    }
}
