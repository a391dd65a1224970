// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {IPasskeyAccount} from "../../../contracts/interfaces/IPasskeyAccount.sol";
import {CallRecorder} from "../account/mocks/CallRecorder.sol";
import {PasskeyFixture} from "../account/utils/PasskeyFixture.sol";

/// @notice Finding (fuzzing the passkey account): OpenZeppelin 5.7's `WebAuthn.verify` checks the `typeIndex` of an
///  assertion with a Yul `and` that evaluates both sides, so it reads memory at `typeIndex` before comparing it with
///  clientDataJSON's length. A signature with a typeIndex around 2^120 made the account's signature check expand memory
///  until it ran out of gas: `execute` failed without an error and `isValidSignature` burnt all the gas its caller
///  forwarded. The account now refuses a typeIndex past clientDataJSON before calling OpenZeppelin.
contract WebAuthnTypeIndexPastTheClientDataRunsOutOfGasTest is PasskeyFixture {
    /// @dev Offset of typeIndex in an encoded signature: the 4-word head, then r, s, challengeIndex.
    uint256 private constant TYPE_INDEX_OFFSET = 0x80 + 0x60;

    function _withTypeIndex(bytes memory signature, uint256 typeIndex) private pure returns (bytes memory) {
        assembly ("memory-safe") {
            mstore(add(add(signature, 0x20), TYPE_INDEX_OFFSET), typeIndex)
        }
        return signature;
    }

    function test_execute_refusesAHugeTypeIndexWithItsError() public {
        Execution[] memory calls = _call(address(recorder), 0, abi.encodeCall(CallRecorder.record, ("x")));
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory signature = _sign(ALICE_PHONE_KEY, account.executionDigest(calls, 0, deadline));
        bytes memory executionData = _executionData(calls, 0, deadline, _withTypeIndex(signature, 1 << 120));
        vm.expectRevert(IPasskeyAccount.InvalidPasskeySignature.selector);
        account.execute{gas: 1_000_000}(SIGNED_BATCH_MODE, executionData);
    }

    function test_isValidSignature_refusesAHugeTypeIndexWithinAModestGasBudget() public view {
        bytes32 hash = keccak256("any");
        bytes memory signature = _withTypeIndex(_sign(ALICE_PHONE_KEY, hash), 1 << 120);
        assertEq(account.isValidSignature{gas: 1_000_000}(hash, signature), bytes4(0xffffffff));
    }
}
