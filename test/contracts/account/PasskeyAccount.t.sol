// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {ERC7579Utils} from "@openzeppelin/contracts/account/utils/draft-ERC7579Utils.sol";
import {Errors} from "@openzeppelin/contracts/utils/Errors.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {PasskeyAccount} from "../../../contracts/account/PasskeyAccount.sol";
import {IPasskeyAccount} from "../../../contracts/interfaces/IPasskeyAccount.sol";
import {CallRecorder} from "./mocks/CallRecorder.sol";
import {PasskeyFixture} from "./utils/PasskeyFixture.sol";

/// @notice Signed batches: what runs, as whom, and every way a batch is refused.
contract PasskeyAccountTest is PasskeyFixture {
    function _recordCall(bytes memory payload) internal pure returns (bytes memory) {
        return abi.encodeCall(CallRecorder.record, (payload));
    }

    function test_constants_matchTheirDefinitions() public view {
        assertEq(account.CALL_TYPEHASH(), keccak256("Call(address to,uint256 value,bytes data)"));
        assertEq(
            account.EXECUTE_TYPEHASH(),
            keccak256("Execute(Call[] calls,uint256 nonce,uint256 deadline)Call(address to,uint256 value,bytes data)")
        );
        // ERC-7821: call type batch (0x01), exec type default (0x00), selector 0x78210001 at bytes 6..9.
        assertEq(account.SIGNED_BATCH_MODE(), bytes32(abi.encodePacked(bytes1(0x01), bytes5(0), bytes4(0x78210001))));
    }

    function test_executionDigest_isTheEip712HashOfTheBatchInTheAccountDomain() public view {
        Execution[] memory calls = new Execution[](2);
        calls[0] = Execution({target: address(recorder), value: 1, callData: hex"c0ffee"});
        calls[1] = Execution({target: address(0), value: 0, callData: ""});
        assertEq(account.executionDigest(calls, 5, 1234), _offchainExecutionDigest(address(account), calls, 5, 1234));
    }

    function test_execute_runsEachCallInOrderAsTheAccount() public {
        vm.deal(address(account), 1 ether);
        Execution[] memory calls = new Execution[](2);
        calls[0] = Execution({target: address(recorder), value: 0.25 ether, callData: _recordCall("first")});
        calls[1] = Execution({target: address(recorder), value: 0, callData: _recordCall("second")});
        _execute(ALICE_PHONE_KEY, calls);

        assertEq(recorder.recordCount(), 2);
        CallRecorder.Record memory first = recorder.recordAt(0);
        assertEq(first.caller, address(account), "the account is msg.sender");
        assertEq(first.value, 0.25 ether);
        assertEq(keccak256(first.data), keccak256("first"));
        assertEq(keccak256(recorder.recordAt(1).data), keccak256("second"));
        assertEq(address(recorder).balance, 0.25 ether);
    }

    function test_execute_emitsBatchExecutedAndConsumesTheNonce() public {
        vm.expectEmit(address(account));
        emit IPasskeyAccount.BatchExecuted(0);
        _execute(ALICE_PHONE_KEY, _call(address(recorder), 0, _recordCall("x")));
        assertEq(account.nonces(address(account)), 1);
    }

    function test_execute_targetZeroMeansTheAccountItself() public {
        bytes memory addLaptop = abi.encodeCall(PasskeyAccount.addPasskey, (_passkey(ALICE_LAPTOP_KEY)));
        _execute(ALICE_PHONE_KEY, _call(address(0), 0, addLaptop));
        assertTrue(account.isPasskey(_passkeyId(_passkey(ALICE_LAPTOP_KEY))));
    }

    function test_execute_acceptsAnEmptyBatchToCancelANonce() public {
        _execute(ALICE_PHONE_KEY, new Execution[](0));
        assertEq(account.nonces(address(account)), 1);
    }

    function test_execute_acceptsTheLastSecondBeforeTheDeadline() public {
        Execution[] memory calls = _call(address(recorder), 0, _recordCall("x"));
        bytes memory batch = _signedBatch(account, ALICE_PHONE_KEY, calls, 0, block.timestamp);
        account.execute(SIGNED_BATCH_MODE, batch);
        assertEq(recorder.recordCount(), 1);
    }

    function test_execute_keyedNoncesAreIndependentSequences() public {
        Execution[] memory calls = _call(address(recorder), 0, _recordCall("x"));
        uint256 keyA = uint256(7) << 64;
        uint256 keyB = uint256(8) << 64;
        uint256 deadline = block.timestamp + 1 hours;
        account.execute(SIGNED_BATCH_MODE, _signedBatch(account, ALICE_PHONE_KEY, calls, keyB, deadline));
        account.execute(SIGNED_BATCH_MODE, _signedBatch(account, ALICE_PHONE_KEY, calls, keyA, deadline));
        account.execute(SIGNED_BATCH_MODE, _signedBatch(account, ALICE_PHONE_KEY, calls, keyA + 1, deadline));
        assertEq(account.nonces(address(account), 7), keyA + 2);
        assertEq(account.nonces(address(account), 8), keyB + 1);
        assertEq(account.nonces(address(account)), 0, "key 0 untouched");
    }

    function test_execute_revertsWhen_replayed() public {
        bytes memory batch = _signedBatch(ALICE_PHONE_KEY, _call(address(recorder), 0, _recordCall("x")));
        account.execute(SIGNED_BATCH_MODE, batch);
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, address(account), 1));
        account.execute(SIGNED_BATCH_MODE, batch);
    }

    function test_execute_revertsWhen_nonceSkipsAhead() public {
        Execution[] memory calls = _call(address(recorder), 0, _recordCall("x"));
        bytes memory batch = _signedBatch(account, ALICE_PHONE_KEY, calls, 1, block.timestamp + 1 hours);
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, address(account), 0));
        account.execute(SIGNED_BATCH_MODE, batch);
    }

    function test_execute_revertsWhen_expired() public {
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory batch =
            _signedBatch(account, ALICE_PHONE_KEY, _call(address(recorder), 0, _recordCall("x")), 0, deadline);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IPasskeyAccount.BatchExpired.selector, deadline));
        account.execute(SIGNED_BATCH_MODE, batch);
    }

    function test_execute_revertsWhen_signedByAnotherPasskey() public {
        bytes memory batch = _signedBatch(MALLORY_KEY, _call(address(recorder), 0, _recordCall("x")));
        vm.expectRevert(IPasskeyAccount.InvalidPasskeySignature.selector);
        account.execute(SIGNED_BATCH_MODE, batch);
    }

    function test_execute_revertsWhen_signedForAnotherChain() public {
        bytes memory batch = _signedBatch(ALICE_PHONE_KEY, _call(address(recorder), 0, _recordCall("x")));
        vm.chainId(100);
        vm.expectRevert(IPasskeyAccount.InvalidPasskeySignature.selector);
        account.execute(SIGNED_BATCH_MODE, batch);
    }

    function test_execute_revertsWhen_signedForAnotherAccountOfTheSamePasskey() public {
        PasskeyAccount other = PasskeyAccount(payable(factory.createAccount(_passkey(ALICE_PHONE_KEY), bytes32(uint256(1)))));
        bytes memory batch = _signedBatch(ALICE_PHONE_KEY, _call(address(recorder), 0, _recordCall("x")));
        vm.expectRevert(IPasskeyAccount.InvalidPasskeySignature.selector);
        other.execute(SIGNED_BATCH_MODE, batch);
    }

    function test_execute_revertsWhen_callsDifferFromTheSignedOnes() public {
        Execution[] memory signed = _call(address(recorder), 0, _recordCall("pay the baker"));
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory signature = _sign(ALICE_PHONE_KEY, account.executionDigest(signed, 0, deadline));
        Execution[] memory swapped = _call(address(recorder), 0, _recordCall("pay mallory"));
        vm.expectRevert(IPasskeyAccount.InvalidPasskeySignature.selector);
        account.execute(SIGNED_BATCH_MODE, _executionData(swapped, 0, deadline, signature));
    }

    function test_execute_revertsWhen_deadlineDiffersFromTheSignedOne() public {
        Execution[] memory calls = _call(address(recorder), 0, _recordCall("x"));
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory signature = _sign(ALICE_PHONE_KEY, account.executionDigest(calls, 0, deadline));
        vm.expectRevert(IPasskeyAccount.InvalidPasskeySignature.selector);
        account.execute(SIGNED_BATCH_MODE, _executionData(calls, 0, deadline + 1 days, signature));
    }

    function test_execute_revertsWithTheFailingCallsError() public {
        Execution[] memory calls = new Execution[](2);
        calls[0] = Execution({target: address(recorder), value: 0, callData: _recordCall("x")});
        calls[1] = Execution({target: address(recorder), value: 0, callData: abi.encodeCall(CallRecorder.refuse, (42))});
        bytes memory batch = _signedBatch(ALICE_PHONE_KEY, calls);
        vm.expectRevert(abi.encodeWithSelector(CallRecorder.Refused.selector, 42));
        account.execute(SIGNED_BATCH_MODE, batch);
        assertEq(recorder.recordCount(), 0, "the whole batch reverted");
        assertEq(account.nonces(address(account)), 0, "and its nonce is still usable");
    }

    function test_execute_revertsWithFailedCallWhen_aCallRevertsWithoutReason() public {
        bytes memory batch =
            _signedBatch(ALICE_PHONE_KEY, _call(address(recorder), 0, abi.encodeCall(CallRecorder.refuseSilently, ())));
        vm.expectRevert(Errors.FailedCall.selector);
        account.execute(SIGNED_BATCH_MODE, batch);
    }

    function test_execute_revertsWhen_modeIsNotTheSignedBatchMode() public {
        bytes memory batch = _signedBatch(ALICE_PHONE_KEY, _call(address(recorder), 0, _recordCall("x")));
        bytes32 plainBatch = bytes32(uint256(1) << 248);
        vm.expectRevert(abi.encodeWithSelector(IPasskeyAccount.UnsupportedExecutionMode.selector, plainBatch));
        account.execute(plainBatch, batch);
    }

    function test_execute_revertsWhen_executionDataIsTooShortForOpData() public {
        vm.expectRevert(ERC7579Utils.ERC7579DecodingError.selector);
        account.execute(SIGNED_BATCH_MODE, abi.encode(uint256(0)));
    }

    function test_execute_revertsWhen_opDataOffsetIsOutOfBounds() public {
        bytes memory batch = _signedBatch(ALICE_PHONE_KEY, new Execution[](0));
        assembly ("memory-safe") {
            mstore(add(batch, 0x40), 0xffff)
        }
        vm.expectRevert(ERC7579Utils.ERC7579DecodingError.selector);
        account.execute(SIGNED_BATCH_MODE, batch);
    }

    function test_execute_revertsWhen_opDataLengthIsOutOfBounds() public {
        bytes memory batch = _signedBatch(ALICE_PHONE_KEY, new Execution[](0));
        uint256 offset = uint256(bytes32(_slice(batch, 0x20)));
        assembly ("memory-safe") {
            mstore(add(add(batch, 0x20), offset), 0xffff)
        }
        vm.expectRevert(ERC7579Utils.ERC7579DecodingError.selector);
        account.execute(SIGNED_BATCH_MODE, batch);
    }

    function test_execute_revertsWhen_opDataHasNoDeadline() public {
        bytes memory batch = abi.encode(new Execution[](0), abi.encodePacked(uint256(0)));
        vm.expectRevert(ERC7579Utils.ERC7579DecodingError.selector);
        account.execute(SIGNED_BATCH_MODE, batch);
    }

    function test_supportsExecutionMode_onlyTheBatchWithOpData() public view {
        assertTrue(account.supportsExecutionMode(SIGNED_BATCH_MODE));
        assertFalse(account.supportsExecutionMode(bytes32(uint256(1) << 248)), "batch without opData");
        assertFalse(account.supportsExecutionMode(bytes32(0)), "single call");
    }

    function test_receive_acceptsTheNativeCoin() public {
        vm.deal(relayer, 1 ether);
        vm.prank(relayer);
        (bool isSent,) = address(account).call{value: 1 ether}("");
        assertTrue(isSent);
        assertEq(address(account).balance, 1 ether);
    }

    function _slice(bytes memory data, uint256 start) private pure returns (bytes32 word) {
        assembly ("memory-safe") {
            word := mload(add(add(data, 0x20), start))
        }
    }
}
