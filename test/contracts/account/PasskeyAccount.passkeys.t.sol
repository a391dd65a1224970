// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {PasskeyAccount} from "../../../contracts/account/PasskeyAccount.sol";
import {IPasskeyAccount} from "../../../contracts/interfaces/IPasskeyAccount.sol";
import {Passkey} from "../../../contracts/types/PasskeyTypes.sol";
import {CallRecorder} from "./mocks/CallRecorder.sol";
import {PasskeyFixture} from "./utils/PasskeyFixture.sol";

/// @notice Recovery: adding a passkey from another device, removing one, never zero; and the account's first passkey.
contract PasskeyAccountPasskeysTest is PasskeyFixture {
    function _addPasskeyCall(Passkey memory passkey) private view returns (Execution[] memory) {
        return _call(address(account), 0, abi.encodeCall(PasskeyAccount.addPasskey, (passkey)));
    }

    function _removePasskeyCall(bytes32 passkeyId) private view returns (Execution[] memory) {
        return _call(address(account), 0, abi.encodeCall(PasskeyAccount.removePasskey, (passkeyId)));
    }

    function _recordCall() private view returns (Execution[] memory) {
        return _call(address(recorder), 0, abi.encodeCall(CallRecorder.record, ("x")));
    }

    function test_initialize_givesTheAccountItsFirstPasskey() public view {
        assertEq(account.passkeyCount(), 1);
        assertTrue(account.isPasskey(_passkeyId(_passkey(ALICE_PHONE_KEY))));
        assertFalse(account.isPasskey(_passkeyId(_passkey(ALICE_LAPTOP_KEY))));
    }

    function test_initialize_revertsWhen_callerIsNotTheFactory() public {
        Passkey memory mallory = _passkey(MALLORY_KEY);
        vm.prank(relayer);
        vm.expectRevert(abi.encodeWithSelector(IPasskeyAccount.NotFactory.selector, relayer));
        account.initialize(mallory);
    }

    function test_initialize_revertsWhen_theAccountHasAPasskey() public {
        Passkey memory mallory = _passkey(MALLORY_KEY);
        vm.prank(address(factory));
        vm.expectRevert(IPasskeyAccount.AlreadyInitialized.selector);
        account.initialize(mallory);
    }

    function test_implementation_hasNoPasskeyAndAcceptsNoBatch() public {
        PasskeyAccount implementation = PasskeyAccount(payable(factory.implementation()));
        assertEq(implementation.passkeyCount(), 0);
        assertEq(implementation.factory(), address(factory));
        Execution[] memory calls = _recordCall();
        bytes memory batch = _signedBatch(implementation, ALICE_PHONE_KEY, calls, 0, block.timestamp + 1 hours);
        vm.expectRevert(IPasskeyAccount.InvalidPasskeySignature.selector);
        implementation.execute(SIGNED_BATCH_MODE, batch);
    }

    function test_addPasskey_letsASecondDeviceSign() public {
        Passkey memory laptop = _passkey(ALICE_LAPTOP_KEY);
        vm.expectEmit(address(account));
        emit IPasskeyAccount.PasskeyAdded(_passkeyId(laptop), laptop.qx, laptop.qy, laptop.rpIdHash, laptop.origin);
        _execute(ALICE_PHONE_KEY, _addPasskeyCall(laptop));

        assertEq(account.passkeyCount(), 2);
        _execute(ALICE_LAPTOP_KEY, _recordCall());
        _execute(ALICE_PHONE_KEY, _recordCall());
        assertEq(recorder.recordCount(), 2, "both devices sign");
    }

    function test_addPasskey_bindsAPasskeyToAnotherOrigin() public {
        // Moving the shop to a new domain: the old passkey adds one created on the new origin.
        Passkey memory moved = _passkey(ALICE_LAPTOP_KEY);
        moved.rpIdHash = sha256("grandrue.coop");
        moved.origin = "https://grandrue.coop";
        _execute(ALICE_PHONE_KEY, _addPasskeyCall(moved));

        Execution[] memory calls = _recordCall();
        uint256 deadline = block.timestamp + 1 hours;
        Assertion memory assertion = _assertion(ALICE_LAPTOP_KEY, account.executionDigest(calls, 1, deadline));
        assertion.rpIdHash = moved.rpIdHash;
        assertion.origin = moved.origin;
        account.execute(SIGNED_BATCH_MODE, _executionData(calls, 1, deadline, _encode(assertion)));
        assertEq(recorder.recordCount(), 1);

        // The same key on Grandrue's first origin is another passkey, which the account does not hold.
        bytes memory firstOrigin = _signedBatch(ALICE_LAPTOP_KEY, calls);
        vm.expectRevert(IPasskeyAccount.InvalidPasskeySignature.selector);
        account.execute(SIGNED_BATCH_MODE, firstOrigin);
    }

    function test_addPasskey_revertsWhen_calledDirectly() public {
        Passkey memory mallory = _passkey(MALLORY_KEY);
        vm.prank(relayer);
        vm.expectRevert(abi.encodeWithSelector(IPasskeyAccount.NotSelfCall.selector, relayer));
        account.addPasskey(mallory);
    }

    function test_addPasskey_revertsWhen_thePasskeyIsAlreadyTheAccounts() public {
        Passkey memory phone = _passkey(ALICE_PHONE_KEY);
        bytes memory batch = _signedBatch(ALICE_PHONE_KEY, _addPasskeyCall(phone));
        vm.expectRevert(abi.encodeWithSelector(IPasskeyAccount.PasskeyExists.selector, _passkeyId(phone)));
        account.execute(SIGNED_BATCH_MODE, batch);
    }

    function test_addPasskey_revertsWhen_theKeyIsNotOnTheCurve() public {
        Passkey memory bogus = _passkey(ALICE_LAPTOP_KEY);
        bogus.qy = bytes32(uint256(bogus.qy) ^ 1);
        bytes memory batch = _signedBatch(ALICE_PHONE_KEY, _addPasskeyCall(bogus));
        vm.expectRevert(abi.encodeWithSelector(IPasskeyAccount.InvalidPublicKey.selector, bogus.qx, bogus.qy));
        account.execute(SIGNED_BATCH_MODE, batch);
    }

    function test_addPasskey_revertsWhen_theOriginIsEmpty() public {
        Passkey memory noOrigin = _passkey(ALICE_LAPTOP_KEY);
        noOrigin.origin = "";
        bytes memory batch = _signedBatch(ALICE_PHONE_KEY, _addPasskeyCall(noOrigin));
        vm.expectRevert(IPasskeyAccount.EmptyOrigin.selector);
        account.execute(SIGNED_BATCH_MODE, batch);
    }

    function test_removePasskey_stopsALostDeviceFromSigning() public {
        _execute(ALICE_PHONE_KEY, _addPasskeyCall(_passkey(ALICE_LAPTOP_KEY)));
        bytes32 phoneId = _passkeyId(_passkey(ALICE_PHONE_KEY));
        vm.expectEmit(address(account));
        emit IPasskeyAccount.PasskeyRemoved(phoneId);
        _execute(ALICE_LAPTOP_KEY, _removePasskeyCall(phoneId));

        assertEq(account.passkeyCount(), 1);
        assertFalse(account.isPasskey(phoneId));
        bytes memory batch = _signedBatch(ALICE_PHONE_KEY, _recordCall());
        vm.expectRevert(IPasskeyAccount.InvalidPasskeySignature.selector);
        account.execute(SIGNED_BATCH_MODE, batch);
    }

    function test_removePasskey_aPasskeyMayRemoveItself() public {
        _execute(ALICE_PHONE_KEY, _addPasskeyCall(_passkey(ALICE_LAPTOP_KEY)));
        _execute(ALICE_PHONE_KEY, _removePasskeyCall(_passkeyId(_passkey(ALICE_PHONE_KEY))));
        assertEq(account.passkeyCount(), 1);
        assertTrue(account.isPasskey(_passkeyId(_passkey(ALICE_LAPTOP_KEY))));
    }

    function test_removePasskey_revertsWhen_itIsTheLastPasskey() public {
        bytes32 phoneId = _passkeyId(_passkey(ALICE_PHONE_KEY));
        bytes memory batch = _signedBatch(ALICE_PHONE_KEY, _removePasskeyCall(phoneId));
        vm.expectRevert(abi.encodeWithSelector(IPasskeyAccount.LastPasskey.selector, phoneId));
        account.execute(SIGNED_BATCH_MODE, batch);
    }

    function test_removePasskey_revertsWhen_thePasskeyIsUnknown() public {
        bytes32 malloryId = _passkeyId(_passkey(MALLORY_KEY));
        bytes memory batch = _signedBatch(ALICE_PHONE_KEY, _removePasskeyCall(malloryId));
        vm.expectRevert(abi.encodeWithSelector(IPasskeyAccount.UnknownPasskey.selector, malloryId));
        account.execute(SIGNED_BATCH_MODE, batch);
    }

    function test_removePasskey_revertsWhen_calledDirectly() public {
        bytes32 phoneId = _passkeyId(_passkey(ALICE_PHONE_KEY));
        vm.prank(relayer);
        vm.expectRevert(abi.encodeWithSelector(IPasskeyAccount.NotSelfCall.selector, relayer));
        account.removePasskey(phoneId);
    }
}
