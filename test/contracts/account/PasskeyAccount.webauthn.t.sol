// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {IPasskeyAccount} from "../../../contracts/interfaces/IPasskeyAccount.sol";
import {Passkey} from "../../../contracts/types/PasskeyTypes.sol";
import {CallRecorder} from "./mocks/CallRecorder.sol";
import {PasskeyFixture} from "./utils/PasskeyFixture.sol";

/// @notice Malformed or foreign WebAuthn assertions of an otherwise valid batch are refused: the challenge, the type,
///  the relying party, the origin, the user-presence and user-verification flags, the encoding.
contract PasskeyAccountWebAuthnTest is PasskeyFixture {
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

    function _submit(bytes memory signature) private {
        vm.prank(relayer);
        account.execute(SIGNED_BATCH_MODE, _executionData(_calls, 0, _deadline, signature));
    }

    function _expectRefused(bytes memory signature) private {
        vm.expectRevert(IPasskeyAccount.InvalidPasskeySignature.selector);
        _submit(signature);
    }

    function test_execute_acceptsAnHonestAssertion() public {
        _submit(_encode(_assertion(ALICE_PHONE_KEY, _digest)));
        assertEq(recorder.recordCount(), 1);
    }

    function test_execute_revertsWhen_challengeIsAnotherHash() public {
        _expectRefused(_encode(_assertion(ALICE_PHONE_KEY, keccak256("another batch"))));
    }

    function test_execute_revertsWhen_typeIsRegistration() public {
        Assertion memory assertion = _assertion(ALICE_PHONE_KEY, _digest);
        assertion.webauthnType = "webauthn.create";
        _expectRefused(_encode(assertion));
    }

    function test_execute_revertsWhen_rpIdIsAnotherSite() public {
        Assertion memory assertion = _assertion(ALICE_PHONE_KEY, _digest);
        assertion.rpIdHash = sha256("evil.example");
        _expectRefused(_encode(assertion));
    }

    function test_execute_revertsWhen_originIsAnotherSite() public {
        Assertion memory assertion = _assertion(ALICE_PHONE_KEY, _digest);
        assertion.origin = "https://evil.example";
        _expectRefused(_encode(assertion));
    }

    function test_execute_revertsWhen_originIsASubdomainOfTheRelyingParty() public {
        // The authenticator lets any subdomain use the rpId "grandrue.example"; the account does not.
        Assertion memory assertion = _assertion(ALICE_PHONE_KEY, _digest);
        assertion.origin = "https://uploads.grandrue.example";
        _expectRefused(_encode(assertion));
    }

    function test_execute_revertsWhen_originOnlyStartsWithTheAccountsOrigin() public {
        Assertion memory assertion = _assertion(ALICE_PHONE_KEY, _digest);
        assertion.origin = "https://grandrue.example.evil.example";
        // The signer claims the account's origin length: the character after it is not the closing quote.
        _expectRefused(_withHeadWord(_encode(assertion), 3, bytes(ORIGIN).length));
    }

    function test_execute_revertsWhen_originIsPlainHttp() public {
        Assertion memory assertion = _assertion(ALICE_PHONE_KEY, _digest);
        assertion.origin = "http://grandrue.example";
        _expectRefused(_encode(assertion));
    }

    function test_execute_revertsWhen_userPresenceFlagIsMissing() public {
        Assertion memory assertion = _assertion(ALICE_PHONE_KEY, _digest);
        assertion.flags = 0x04;
        _expectRefused(_encode(assertion));
    }

    function test_execute_revertsWhen_userVerificationFlagIsMissing() public {
        Assertion memory assertion = _assertion(ALICE_PHONE_KEY, _digest);
        assertion.flags = 0x01;
        _expectRefused(_encode(assertion));
    }

    function test_execute_revertsWhen_backupStateWithoutBackupEligibility() public {
        Assertion memory assertion = _assertion(ALICE_PHONE_KEY, _digest);
        assertion.flags = 0x15;
        _expectRefused(_encode(assertion));
    }

    function test_execute_acceptsASyncedPasskey() public {
        Assertion memory assertion = _assertion(ALICE_PHONE_KEY, _digest);
        assertion.flags = 0x1d; // backup eligible and backed up (iCloud Keychain, Google Password Manager)
        _submit(_encode(assertion));
        assertEq(recorder.recordCount(), 1);
    }

    function test_execute_revertsWhen_theKeyInTheSignatureIsNotTheSigners() public {
        bytes memory signature = _encode(_assertion(MALLORY_KEY, _digest));
        Passkey memory alice = _passkey(ALICE_PHONE_KEY);
        signature = _withHeadWord(_withHeadWord(signature, 0, uint256(alice.qx)), 1, uint256(alice.qy));
        _expectRefused(signature);
    }

    function test_execute_revertsWhen_sIsTheHighTwin() public {
        // (r, N - s) verifies under P-256 too; OpenZeppelin's P256 refuses the high one, so signatures are not malleable.
        bytes memory signature = _encode(_assertion(ALICE_PHONE_KEY, _digest));
        uint256 s;
        assembly ("memory-safe") {
            s := mload(add(signature, 0xc0))
            mstore(add(signature, 0xc0), sub(P256_N, s))
        }
        _expectRefused(signature);
    }

    function test_execute_revertsWhen_signatureIsShorterThanItsHead() public {
        _expectRefused(hex"00");
        _expectRefused(new bytes(0x7f));
    }

    function test_execute_revertsWhen_signatureHasNoAssertionAfterItsHead() public {
        bytes memory signature = _encode(_assertion(ALICE_PHONE_KEY, _digest));
        bytes memory head = new bytes(0x80 + 0xbf);
        for (uint256 i = 0; i < head.length; ++i) {
            head[i] = signature[i];
        }
        _expectRefused(head);
    }

    function test_execute_revertsWhen_clientDataIsTruncated() public {
        bytes memory signature = _encode(_assertion(ALICE_PHONE_KEY, _digest));
        uint256 length = _meaningfulLength(signature) - 1;
        assembly ("memory-safe") {
            mstore(signature, length)
        }
        _expectRefused(signature);
    }

    function test_execute_revertsWhen_originIndexIsPastTheClientData() public {
        _expectRefused(_withHeadWord(_encode(_assertion(ALICE_PHONE_KEY, _digest)), 2, 10_000));
    }

    function test_execute_revertsWhen_originLengthIsPastTheClientData() public {
        _expectRefused(_withHeadWord(_encode(_assertion(ALICE_PHONE_KEY, _digest)), 3, 10_000));
    }

    function test_execute_revertsWhen_originRunsToTheEndOfTheClientData() public {
        bytes memory signature = _encode(_assertion(ALICE_PHONE_KEY, _digest));
        uint256 originIndex = uint256(_headWord(signature, 2));
        uint256 clientDataJSONLength = _meaningfulLength(signature) - (0x80 + 0xc0 + 0x60 + 0x20);
        _expectRefused(_withHeadWord(signature, 3, clientDataJSONLength - originIndex - 10));
    }

    function test_execute_revertsWhen_originIndexDoesNotPointAtTheOriginKey() public {
        // Index 1 holds "type":"webauthn.get" — a quoted value, but not the origin.
        _expectRefused(_withHeadWord(_encode(_assertion(ALICE_PHONE_KEY, _digest)), 2, 1));
    }

    function test_execute_revertsWhen_originLengthStopsShortOfTheClosingQuote() public {
        bytes memory signature = _encode(_assertion(ALICE_PHONE_KEY, _digest));
        _expectRefused(_withHeadWord(signature, 3, bytes(ORIGIN).length - 1));
    }

    function _headWord(bytes memory signature, uint256 word) private pure returns (bytes32 value) {
        assembly ("memory-safe") {
            value := mload(add(add(signature, 0x20), mul(word, 0x20)))
        }
    }
}
