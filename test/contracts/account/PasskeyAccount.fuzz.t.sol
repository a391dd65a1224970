// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {PasskeyAccount} from "../../../contracts/account/PasskeyAccount.sol";
import {IPasskeyAccount} from "../../../contracts/interfaces/IPasskeyAccount.sol";
import {CallRecorder} from "./mocks/CallRecorder.sol";
import {PasskeyFixture} from "./utils/PasskeyFixture.sol";

/// @notice The signature check under fuzzing: only the account's passkey, asserting exactly the batch, with every
///  signed byte intact, is accepted; arbitrary bytes never are, and never make the check revert.
contract PasskeyAccountFuzzTest is PasskeyFixture {
    /// @dev In an encoded signature, the zero padding after the 37-byte authenticator data: read by nobody.
    uint256 private constant AUTHENTICATOR_DATA_PADDING_START = 0x80 + 0xc0 + 0x20 + 37;
    uint256 private constant AUTHENTICATOR_DATA_PADDING_END = 0x80 + 0xc0 + 0x20 + 0x40;

    Execution[] private _calls;
    uint256 private _deadline;
    bytes32 private _digest;

    function setUp() public override {
        super.setUp();
        Execution[] memory calls = _call(address(recorder), 0, abi.encodeCall(CallRecorder.record, ("x")));
        _calls.push(calls[0]);
        _deadline = block.timestamp + 1 hours;
        _digest = account.executionDigest(calls, 0, _deadline);
    }

    function _expectRefused(bytes memory signature) private {
        bytes memory executionData = _executionData(_calls, 0, _deadline, signature);
        vm.expectRevert(IPasskeyAccount.InvalidPasskeySignature.selector);
        account.execute(SIGNED_BATCH_MODE, executionData);
    }

    function testFuzz_execute_refusesEveryOtherPasskey(uint256 privateKey) public {
        privateKey = bound(privateKey, 1, P256_N - 1);
        vm.assume(privateKey != ALICE_PHONE_KEY);
        _expectRefused(_sign(privateKey, _digest));
    }

    function test_execute_refusesEveryOtherPasskey() public {
        testFuzz_execute_refusesEveryOtherPasskey(MALLORY_KEY);
    }

    function testFuzz_execute_refusesEveryOtherChallenge(bytes32 challenge) public {
        vm.assume(challenge != _digest);
        _expectRefused(_sign(ALICE_PHONE_KEY, challenge));
    }

    function test_execute_refusesEveryOtherChallenge() public {
        testFuzz_execute_refusesEveryOtherChallenge(bytes32(uint256(_digest) ^ 1));
    }

    function testFuzz_execute_refusesEveryTruncation(uint256 length) public {
        bytes memory signature = _sign(ALICE_PHONE_KEY, _digest);
        length = bound(length, 0, _meaningfulLength(signature) - 1);
        assembly ("memory-safe") {
            mstore(signature, length)
        }
        _expectRefused(signature);
    }

    function test_execute_refusesEveryTruncation() public {
        testFuzz_execute_refusesEveryTruncation(0x100);
    }

    function testFuzz_execute_refusesEveryAlteredByte(uint256 index, uint8 mask) public {
        vm.assume(mask != 0);
        bytes memory signature = _sign(ALICE_PHONE_KEY, _digest);
        index = bound(index, 0, _meaningfulLength(signature) - 1);
        vm.assume(index < AUTHENTICATOR_DATA_PADDING_START || index >= AUTHENTICATOR_DATA_PADDING_END);
        signature[index] = signature[index] ^ bytes1(mask);
        _expectRefused(signature);
    }

    function test_execute_refusesEveryAlteredByte() public {
        testFuzz_execute_refusesEveryAlteredByte(0x1c5, 0x20); // a letter of clientDataJSON's "type"
    }

    function testFuzz_isValidSignature_neverAcceptsArbitraryBytes(bytes32 hash, bytes calldata signature) public view {
        bytes4 result = account.isValidSignature(hash, signature);
        assertTrue(result != IPasskeyAccount.isValidSignature.selector, "arbitrary bytes accepted");
    }

    function test_isValidSignature_neverAcceptsArbitraryBytes() public view {
        this.testFuzz_isValidSignature_neverAcceptsArbitraryBytes(_digest, _sign(MALLORY_KEY, _digest));
    }

    function testFuzz_isValidSignature_acceptsEveryPasskeyForItsOwnAccount(uint256 privateKey, bytes32 hash) public {
        privateKey = bound(privateKey, 1, P256_N - 1);
        vm.assume(privateKey != ALICE_PHONE_KEY); // Alice's own account is `account`
        PasskeyAccount own = PasskeyAccount(payable(factory.createAccount(_passkey(privateKey), bytes32(0))));
        bytes32 personalSign = keccak256(abi.encode(keccak256("PersonalSign(bytes prefixed)"), hash));
        bytes32 challenge = MessageHashUtils.toTypedDataHash(_domainSeparatorOf(address(own)), personalSign);
        assertEq(own.isValidSignature(hash, _sign(privateKey, challenge)), bytes4(0x1626ba7e));
        assertEq(account.isValidSignature(hash, _sign(privateKey, challenge)), bytes4(0xffffffff), "not another's");
    }

    function test_isValidSignature_acceptsEveryPasskeyForItsOwnAccount() public {
        testFuzz_isValidSignature_acceptsEveryPasskeyForItsOwnAccount(ALICE_LAPTOP_KEY, keccak256("hello"));
    }

    function _domainSeparatorOf(address account_) private view returns (bytes32) {
        return keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("Grandrue Passkey Account"),
                keccak256("1"),
                block.chainid,
                account_
            )
        );
    }
}
