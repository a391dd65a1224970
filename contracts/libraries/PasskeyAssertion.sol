// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {WebAuthn} from "@openzeppelin/contracts/utils/cryptography/WebAuthn.sol";
import {Passkey} from "../types/PasskeyTypes.sol";

/// @title PasskeyAssertion
/// @notice Checks a WebAuthn assertion against a hash and names the passkey that made it. OpenZeppelin's {WebAuthn}
///  checks the type, the challenge, the user-presence and user-verification flags and the P-256 signature, but
///  neither the relying party nor the origin: this library binds both, through the passkey's id.
///
///  Signature encoding, `abi.encodePacked(qx, qy, originIndex, originLength) ++ abi.encode(r, s, challengeIndex,
///  typeIndex, authenticatorData, clientDataJSON)` (the second half is OpenZeppelin's {WebAuthn-WebAuthnAuth}):
///  - `qx`, `qy`: the public key of the passkey that signed;
///  - `originIndex`: where `"origin":"` starts in clientDataJSON; `originLength`: the origin's length in bytes.
///  The relying party is the authenticator data's first 32 bytes (signed by the passkey), the origin is read from the
///  signed clientDataJSON; with the key they give the passkey id, which the account must hold. A `"origin":"` can only
///  be a real key of the browser's JSON (quotes inside a JSON string are escaped), and the origin must end at a quote.
library PasskeyAssertion {
    /// @dev The key that precedes the origin in clientDataJSON.
    bytes10 private constant ORIGIN_KEY = "\"origin\":\"";
    /// @dev Length of the packed head (qx, qy, originIndex, originLength) before the WebAuthn assertion.
    uint256 private constant HEAD_LENGTH = 0x80;

    /// @notice The id of `passkey`, as accounts store it.
    function idOf(Passkey calldata passkey) internal pure returns (bytes32) {
        return _id(passkey.qx, passkey.qy, passkey.rpIdHash, keccak256(bytes(passkey.origin)));
    }

    /// @notice The id of the passkey whose valid assertion of `hash` is `signature`, or zero if `signature` is not
    ///  one (malformed, wrong challenge or type, user not present or not verified, origin not found, bad signature).
    function signerOf(bytes32 hash, bytes calldata signature) internal view returns (bytes32) {
        if (signature.length < HEAD_LENGTH) return 0;
        (bool isDecoded, WebAuthn.WebAuthnAuth calldata auth) = WebAuthn.tryDecodeAuth(signature[HEAD_LENGTH:]);
        if (!isDecoded) return 0;
        (bool isFound, bytes32 originHash) = _originHash(
            bytes(auth.clientDataJSON), uint256(bytes32(signature[0x40:0x60])), uint256(bytes32(signature[0x60:0x80]))
        );
        if (!isFound) return 0;
        // OpenZeppelin 5.7's type check reads memory at `typeIndex` before comparing it with the length (Yul's `and`
        // evaluates both sides): an index far past clientDataJSON would run out of gas instead of failing.
        if (auth.typeIndex >= bytes(auth.clientDataJSON).length) return 0;
        bytes32 qx = bytes32(signature[0x00:0x20]);
        bytes32 qy = bytes32(signature[0x20:0x40]);
        // Requires user presence and user verification (PIN or biometrics): the account holds money.
        if (!WebAuthn.verify(abi.encodePacked(hash), auth, qx, qy)) return 0;
        // `verify` checked that the authenticator data is longer than 36 bytes.
        return _id(qx, qy, bytes32(auth.authenticatorData[0:32]), originHash);
    }

    function _id(bytes32 qx, bytes32 qy, bytes32 rpIdHash, bytes32 originHash) private pure returns (bytes32) {
        return keccak256(abi.encode(qx, qy, rpIdHash, originHash));
    }

    /// @dev The hash of the origin written as `"origin":"<origin>"` at `index` of `json`, if it is there.
    function _originHash(bytes calldata json, uint256 index, uint256 length)
        private
        pure
        returns (bool isFound, bytes32 originHash)
    {
        // Both are below json.length (itself far below 2^64) before any addition, so nothing overflows.
        if (index >= json.length || length >= json.length) return (false, 0);
        uint256 start = index + ORIGIN_KEY.length;
        uint256 end = start + length;
        if (end >= json.length) return (false, 0);
        if (bytes10(json[index:start]) != ORIGIN_KEY || json[end] != "\"") return (false, 0);
        return (true, keccak256(json[start:end]));
    }
}
