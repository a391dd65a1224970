import type { WebAuthnAssertion } from "@grandrue/sdk";
import { type Passkey, toPasskey } from "@grandrue/sdk";
import { p256 } from "@noble/curves/nist.js";
import { concat, type Hex, hexToBytes, numberToHex, sha256, stringToBytes } from "viem";

/** What a test may change in an assertion, as a browser or an authenticator on another site would. */
export type AssertionOverrides = {
  /** Authenticator data flags; 0x05 (user present and verified) by default. */
  flags?: number;
  /** The relying party id hashed into the authenticator data. */
  rpId?: string;
  /** The origin the browser writes in clientDataJSON. */
  origin?: string;
  /** The clientDataJSON type; "webauthn.get" by default. */
  type?: string;
};

/** A passkey held in memory that answers like an authenticator. */
export type SoftwarePasskey = {
  passkey: Passkey;
  /** The assertion of `challenge` (32 bytes of hex), with a DER signature as `navigator.credentials.get` returns. */
  assert(challenge: Hex, overrides?: AssertionOverrides): WebAuthnAssertion;
};

/**
 * A P-256 key in memory that makes WebAuthn assertions as a platform authenticator does (authenticator data, the
 * browser's clientDataJSON, a DER signature of sha256(authenticatorData ‖ sha256(clientDataJSON))). For tests,
 * benchmarks and demo data; a real shopper's key never leaves their authenticator.
 * @example const alice = createSoftwarePasskey({ rpId: "grandrue.example", origin: "https://grandrue.example" })
 */
export function createSoftwarePasskey(options: {
  rpId: string;
  origin: string;
  secretKey?: Uint8Array;
}): SoftwarePasskey {
  const secretKey = options.secretKey ?? p256.utils.randomSecretKey();
  const passkey = toPasskey({
    publicKey: p256.getPublicKey(secretKey, false),
    rpId: options.rpId,
    origin: options.origin,
  });
  let signCount = 0;
  return {
    passkey,
    assert(challenge, overrides = {}) {
      signCount += 1;
      const authenticatorData = concat([
        sha256(stringToBytes(overrides.rpId ?? options.rpId)),
        numberToHex(overrides.flags ?? 0x05, { size: 1 }),
        numberToHex(signCount, { size: 4 }),
      ]);
      const clientDataJSON = JSON.stringify({
        type: overrides.type ?? "webauthn.get",
        challenge: Buffer.from(hexToBytes(challenge)).toString("base64url"),
        origin: overrides.origin ?? options.origin,
        crossOrigin: false,
      });
      const message = concat([authenticatorData, sha256(stringToBytes(clientDataJSON))]);
      // Authenticators do not normalise s: half of these signatures have a high s, which the SDK must lower.
      const signature = p256.sign(hexToBytes(message), secretKey, { prehash: true, lowS: false, format: "der" });
      return { authenticatorData, clientDataJSON, signature };
    },
  };
}
