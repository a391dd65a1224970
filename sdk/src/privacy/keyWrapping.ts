import { x25519 } from "@noble/curves/ed25519.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { concat, stringToBytes } from "viem";

const KEY_WRAPPING_INFO = stringToBytes("grandrue.shipping/1 key wrapping");

/**
 * The key that seals the content key for one recipient: HKDF-SHA256 of the x25519 shared secret between the
 * envelope's ephemeral key and the recipient's key, salted with both public keys (ephemeral first), so it is
 * bound to exactly this pair. Either side computes it: the sender with the ephemeral secret and the
 * recipient's public key, the recipient with its secret and the ephemeral public key.
 * @throws Error from `@noble/curves` if the peer key is a low-order point (shared secret all zero).
 */
export function deriveKeyWrappingKey(
  secretKey: Uint8Array,
  peerPublicKey: Uint8Array,
  ephemeralPublicKey: Uint8Array,
  recipientPublicKey: Uint8Array,
): Uint8Array {
  const sharedSecret = x25519.getSharedSecret(secretKey, peerPublicKey);
  return hkdf(sha256, sharedSecret, concat([ephemeralPublicKey, recipientPublicKey]), KEY_WRAPPING_INFO, 32);
}
