import { p256 } from "@noble/curves/nist.js";
import { bytesToHex, concat, encodeAbiParameters, type Hex, hexToBytes, stringToBytes } from "viem";
import { InvalidPasskeyError } from "./errors.ts";
import type { Passkey } from "./passkey.ts";

/** What `navigator.credentials.get` returns in `AuthenticatorAssertionResponse`, as bytes or already decoded. */
export type WebAuthnAssertion = {
  /** `response.authenticatorData`. */
  authenticatorData: Uint8Array | Hex;
  /** `response.clientDataJSON`, as bytes or as its text. */
  clientDataJSON: Uint8Array | string;
  /** `response.signature`: DER-encoded as the browser returns it, or its r and s. */
  signature: Uint8Array | { r: bigint; s: bigint };
};

const P256_ORDER = p256.Point.Fn.ORDER;
const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;
const TYPE_GET = stringToBytes('"type":"webauthn.get"');
const CHALLENGE_KEY = stringToBytes('"challenge":"');
const ORIGIN_KEY = stringToBytes('"origin":"');
const QUOTE = 0x22;

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    for (let offset = 0; offset < needle.length; offset += 1)
      if (haystack[start + offset] !== needle[offset]) continue outer;
    return start;
  }
  return -1;
}

function lowS(signature: WebAuthnAssertion["signature"]): { r: bigint; s: bigint } {
  const { r, s } = signature instanceof Uint8Array ? p256.Signature.fromBytes(signature, "der") : signature;
  // OpenZeppelin's P256 refuses s > n/2 (malleability); (r, n - s) is the same signature.
  return { r, s: s > P256_ORDER / 2n ? P256_ORDER - s : s };
}

/**
 * Encodes a WebAuthn assertion as the passkey account expects it (see `contracts/libraries/PasskeyAssertion.sol`):
 * `abi.encodePacked(qx, qy, originIndex, originLength) ‖ abi.encode(r, s, challengeIndex, typeIndex,
 * authenticatorData, clientDataJSON)`, with s made low. Checks what the contract will check about the relying party,
 * the origin and the flags first, and says which is wrong; the signature itself is checked on-chain.
 * @throws InvalidPasskeyError if the assertion is not a `webauthn.get`, was made for another relying party or origin
 *  than `passkey`'s, or without user presence and user verification (ask for `userVerification: "required"`).
 * @example
 * const { response } = await navigator.credentials.get({ publicKey: { challenge: hexToBytes(challenge), rpId, userVerification: "required" } })
 * const signature = encodePasskeySignature(passkey, { authenticatorData: new Uint8Array(response.authenticatorData), clientDataJSON: new Uint8Array(response.clientDataJSON), signature: new Uint8Array(response.signature) })
 */
export function encodePasskeySignature(passkey: Passkey, assertion: WebAuthnAssertion): Hex {
  const clientData =
    typeof assertion.clientDataJSON === "string" ? stringToBytes(assertion.clientDataJSON) : assertion.clientDataJSON;
  const typeIndex = indexOf(clientData, TYPE_GET);
  if (typeIndex < 0) throw new InvalidPasskeyError('clientDataJSON is not an assertion: no "type":"webauthn.get"');
  const challengeIndex = indexOf(clientData, CHALLENGE_KEY);
  if (challengeIndex < 0) throw new InvalidPasskeyError("clientDataJSON has no challenge");
  const originIndex = indexOf(clientData, ORIGIN_KEY);
  const originStart = originIndex + ORIGIN_KEY.length;
  const originEnd = originIndex < 0 ? -1 : clientData.indexOf(QUOTE, originStart);
  if (originEnd < 0) throw new InvalidPasskeyError("clientDataJSON has no origin");
  const origin = new TextDecoder().decode(clientData.subarray(originStart, originEnd));
  if (origin !== passkey.origin) {
    throw new InvalidPasskeyError(
      `the assertion comes from ${origin}, but the passkey signs only from ${passkey.origin}`,
    );
  }

  const authenticatorData =
    typeof assertion.authenticatorData === "string"
      ? hexToBytes(assertion.authenticatorData)
      : assertion.authenticatorData;
  if (authenticatorData.length < 37) throw new InvalidPasskeyError("the authenticator data is shorter than 37 bytes");
  if (bytesToHex(authenticatorData.subarray(0, 32)) !== passkey.rpIdHash.toLowerCase()) {
    throw new InvalidPasskeyError("the assertion was made for another relying party than the passkey's");
  }
  const flags = authenticatorData[32]!;
  if ((flags & FLAG_USER_PRESENT) === 0 || (flags & FLAG_USER_VERIFIED) === 0) {
    throw new InvalidPasskeyError('the authenticator did not verify the user: ask for userVerification: "required"');
  }

  const { r, s } = lowS(assertion.signature);
  return concat([
    encodeAbiParameters(
      [{ type: "bytes32" }, { type: "bytes32" }, { type: "uint256" }, { type: "uint256" }],
      [passkey.qx, passkey.qy, BigInt(originIndex), BigInt(originEnd - originStart)],
    ),
    encodeAbiParameters(
      [
        { type: "uint256" },
        { type: "uint256" },
        { type: "uint256" },
        { type: "uint256" },
        { type: "bytes" },
        { type: "bytes" },
      ],
      [r, s, BigInt(challengeIndex), BigInt(typeIndex), bytesToHex(authenticatorData), bytesToHex(clientData)],
    ),
  ]);
}
