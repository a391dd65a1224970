import { type Passkey, toPasskey, type WebAuthnAssertion } from "@grandrue/sdk";
import { p256 } from "@noble/curves/nist.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { concat, type Hex, hexToBytes, isAddressEqual, stringToBytes } from "viem";

type Bytes = Uint8Array;

function bytesOf(value: Bytes | Hex | string, isHex: boolean): Bytes {
  if (typeof value !== "string") return value;
  return isHex ? hexToBytes(value as Hex) : stringToBytes(value);
}

/**
 * The passkeys that could have made `assertion`: an ECDSA signature names its public key up to two candidates (one
 * per recovery bit), so a passkey created on another device can be found again from one prompt, without its public
 * key (which the browser gives only at creation). Which candidate it is, the account says (`isPasskey`), or a second
 * assertion (the candidate both share).
 */
export function passkeyCandidates(
  assertion: WebAuthnAssertion,
  { rpId, origin }: { rpId: string; origin: string },
): Passkey[] {
  if (!(assertion.signature instanceof Uint8Array)) throw new TypeError("expected the DER signature the browser gives");
  const signed = concat([bytesOf(assertion.authenticatorData, true), sha256(bytesOf(assertion.clientDataJSON, false))]);
  const hash = sha256(signed);
  const signature = p256.Signature.fromBytes(assertion.signature, "der");
  return [0, 1].flatMap((bit) => {
    try {
      const point = signature.addRecoveryBit(bit).recoverPublicKey(hash);
      return [toPasskey({ publicKey: point.toBytes(false), rpId, origin })];
    } catch {
      return [];
    }
  });
}

/** The candidates two assertions of the same passkey have in common: its public key. */
export function commonCandidate(first: readonly Passkey[], second: readonly Passkey[]): Passkey | undefined {
  return first.find((candidate) => second.some((other) => other.qx === candidate.qx && other.qy === candidate.qy));
}

/** The account a recovery passkey was made for, which the app writes as its WebAuthn user id (20 bytes). */
export function accountFromUserHandle(userHandle: Bytes | undefined): Hex | undefined {
  if (userHandle === undefined || userHandle.length !== 20) return undefined;
  const hex = `0x${[...userHandle].map((byte) => byte.toString(16).padStart(2, "0")).join("")}` as Hex;
  return isAddressEqual(hex, "0x0000000000000000000000000000000000000000") ? undefined : hex;
}
