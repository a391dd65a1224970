// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Execution} from "@openzeppelin/contracts/interfaces/draft-IERC7579.sol";
import {Base64} from "@openzeppelin/contracts/utils/Base64.sol";
import {Passkey} from "../../../../contracts/types/PasskeyTypes.sol";
import {Test} from "../../utils/Vm.sol";

/// @notice Plays the browser and the authenticator: builds WebAuthn assertions signed with P-256 keys (EDR's
///  `signP256` cheatcode), every field of which a test may spoil, and encodes signed batches for `execute`.
abstract contract PasskeySigning is Test {
    /// @dev Order of the P-256 group; signatures are normalised to s <= N/2 as OpenZeppelin's P256 requires.
    uint256 internal constant P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551;
    bytes32 internal constant SIGNED_BATCH_MODE = 0x0100000000007821000100000000000000000000000000000000000000000000;
    string internal constant RP_ID = "grandrue.example";
    string internal constant ORIGIN = "https://grandrue.example";
    /// @dev User present (bit 0) and user verified (bit 2).
    bytes1 internal constant FLAGS_UP_UV = 0x05;

    uint256 internal constant ALICE_PHONE_KEY = 0xA11CE0001;
    uint256 internal constant ALICE_LAPTOP_KEY = 0xA11CE0002;
    uint256 internal constant MALLORY_KEY = 0x3A11021;

    /// @notice What the browser and the authenticator put in an assertion, each open to tampering.
    struct Assertion {
        uint256 privateKey;
        bytes32 challenge;
        bytes32 rpIdHash;
        bytes1 flags;
        string webauthnType;
        string origin;
    }

    /// @notice The passkey of `privateKey` created for Grandrue's relying party and origin.
    function _passkey(uint256 privateKey) internal pure returns (Passkey memory) {
        (uint256 x, uint256 y) = vm.publicKeyP256(privateKey);
        return Passkey({qx: bytes32(x), qy: bytes32(y), rpIdHash: sha256(bytes(RP_ID)), origin: ORIGIN});
    }

    function _passkeyId(Passkey memory passkey) internal pure returns (bytes32) {
        return keccak256(abi.encode(passkey.qx, passkey.qy, passkey.rpIdHash, keccak256(bytes(passkey.origin))));
    }

    /// @notice An honest assertion of `challenge` by `privateKey` on Grandrue's origin.
    function _assertion(uint256 privateKey, bytes32 challenge) internal pure returns (Assertion memory) {
        return Assertion({
            privateKey: privateKey,
            challenge: challenge,
            rpIdHash: sha256(bytes(RP_ID)),
            flags: FLAGS_UP_UV,
            webauthnType: "webauthn.get",
            origin: ORIGIN
        });
    }

    /// @notice The signature bytes the account expects for `assertion` (see PasskeyAssertion).
    function _encode(Assertion memory assertion) internal pure returns (bytes memory) {
        bytes memory authenticatorData = abi.encodePacked(assertion.rpIdHash, assertion.flags, uint32(7));
        string memory challenge = Base64.encodeURL(abi.encodePacked(assertion.challenge));
        string memory clientDataJSON = string.concat(
            "{\"type\":\"",
            assertion.webauthnType,
            "\",\"challenge\":\"",
            challenge,
            "\",\"origin\":\"",
            assertion.origin,
            "\",\"crossOrigin\":false}"
        );
        uint256 challengeIndex = 11 + bytes(assertion.webauthnType).length;
        uint256 originIndex = challengeIndex + 15 + bytes(challenge).length;
        bytes32 message = sha256(abi.encodePacked(authenticatorData, sha256(bytes(clientDataJSON))));
        (bytes32 r, bytes32 s) = vm.signP256(assertion.privateKey, message);
        if (uint256(s) > P256_N / 2) s = bytes32(P256_N - uint256(s));
        (uint256 x, uint256 y) = vm.publicKeyP256(assertion.privateKey);
        return bytes.concat(
            abi.encodePacked(bytes32(x), bytes32(y), originIndex, bytes(assertion.origin).length),
            abi.encode(r, s, challengeIndex, uint256(1), authenticatorData, clientDataJSON)
        );
    }

    /// @notice An honest signature of `challenge` by `privateKey`.
    function _sign(uint256 privateKey, bytes32 challenge) internal pure returns (bytes memory) {
        return _encode(_assertion(privateKey, challenge));
    }

    /// @notice `signature` with one of its four head words (0 qx, 1 qy, 2 originIndex, 3 originLength) replaced.
    function _withHeadWord(bytes memory signature, uint256 word, uint256 value) internal pure returns (bytes memory) {
        bytes memory copy = bytes.concat(signature);
        assembly ("memory-safe") {
            mstore(add(add(copy, 0x20), mul(word, 0x20)), value)
        }
        return copy;
    }

    /// @notice The bytes of `signature` that carry meaning: all but the zero padding after clientDataJSON.
    function _meaningfulLength(bytes memory signature) internal pure returns (uint256) {
        // head (4 words) + WebAuthnAuth head (6 words) + authenticatorData (length word + 37 bytes padded to 2 words)
        uint256 clientDataJSONStart = 0x80 + 0xc0 + 0x20 + 0x40;
        uint256 clientDataJSONLength;
        assembly ("memory-safe") {
            clientDataJSONLength := mload(add(add(signature, 0x20), clientDataJSONStart))
        }
        return clientDataJSONStart + 0x20 + clientDataJSONLength;
    }

    /// @notice The EIP-712 digest of a signed batch for `account`, computed as an app does before the account exists.
    function _offchainExecutionDigest(address account, Execution[] memory calls, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 callTypehash = keccak256("Call(address to,uint256 value,bytes data)");
        bytes32[] memory callHashes = new bytes32[](calls.length);
        for (uint256 i = 0; i < calls.length; ++i) {
            callHashes[i] =
                keccak256(abi.encode(callTypehash, calls[i].target, calls[i].value, keccak256(calls[i].callData)));
        }
        bytes32 domainSeparator = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("Grandrue Passkey Account"),
                keccak256("1"),
                block.chainid,
                account
            )
        );
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(
                    "Execute(Call[] calls,uint256 nonce,uint256 deadline)Call(address to,uint256 value,bytes data)"
                ),
                keccak256(abi.encodePacked(callHashes)),
                nonce,
                deadline
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", domainSeparator, structHash));
    }

    /// @notice `executionData` for `execute`: `abi.encode(calls, abi.encodePacked(nonce, deadline, signature))`.
    function _executionData(Execution[] memory calls, uint256 nonce, uint256 deadline, bytes memory signature)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encode(calls, abi.encodePacked(nonce, deadline, signature));
    }

    function _call(address target, uint256 value, bytes memory data) internal pure returns (Execution[] memory calls) {
        calls = new Execution[](1);
        calls[0] = Execution({target: target, value: value, callData: data});
    }
}
