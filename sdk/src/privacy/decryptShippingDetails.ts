import { xchacha20poly1305 } from "@noble/ciphers/chacha.js";
import { x25519 } from "@noble/curves/ed25519.js";
import { base64pad } from "multiformats/bases/base64";
import { bytesToHex, hexToBytes } from "viem";
import { parseShippingEnvelope } from "../documents/shippingEnvelope.ts";
import { DecryptionError } from "./errors.ts";
import { deriveKeyWrappingKey } from "./keyWrapping.ts";
import { encodeShippingContext, type ShippingContext } from "./shippingContext.ts";
import { parseShippingDetails, type ShippingDetails } from "./shippingDetails.ts";

/**
 * Opens a `grandrue.shipping/1` envelope with a recipient's x25519 secret key (from `deriveEncryptionKeyPair`).
 * Either it returns the validated details the buyer sealed for this order, or it throws: it never returns
 * partial or garbled data. Check first that the envelope's digest equals the order's `shippingDigest`.
 * @param envelope The envelope as read from IPFS (validated here).
 * @param context The order the envelope must belong to: the chain, the shop id and the buyer of the order.
 * @throws DecryptionError if the envelope is malformed, not addressed to this key, altered in any byte, or sealed
 *   for another order context.
 * @example
 * const { secretKey } = deriveEncryptionKeyPair(signature)
 * const details = decryptShippingDetails(envelope, secretKey, { chainId, shopId: order.shopId, buyer: order.buyer })
 */
export function decryptShippingDetails(
  envelope: unknown,
  secretKey: Uint8Array,
  context: ShippingContext,
): ShippingDetails {
  const sealed = attempt(() => parseShippingEnvelope(envelope), "the envelope is malformed");
  const associatedData = attempt(() => encodeShippingContext(context), "the order context is invalid");
  if (!(secretKey instanceof Uint8Array) || secretKey.length !== 32) {
    throw new DecryptionError("the secret key must be 32 bytes");
  }
  const ownPublicKey = bytesToHex(x25519.getPublicKey(secretKey));
  const recipient = sealed.recipients.find((entry) => entry.publicKey === ownPublicKey);
  if (recipient === undefined) throw new DecryptionError(`this envelope is not addressed to the key ${ownPublicKey}`);
  const ephemeralPublicKey = hexToBytes(sealed.ephemeralPublicKey);
  const contentKey = attempt(() => {
    const wrappingKey = deriveKeyWrappingKey(
      secretKey,
      ephemeralPublicKey,
      ephemeralPublicKey,
      hexToBytes(recipient.publicKey),
    );
    return xchacha20poly1305(wrappingKey, hexToBytes(recipient.nonce), associatedData).decrypt(
      hexToBytes(recipient.wrappedKey),
    );
  }, "cannot unwrap the content key: the envelope was altered or was sealed for another order (chain, shop or buyer)");
  try {
    const plaintext = attempt(
      () =>
        xchacha20poly1305(contentKey, hexToBytes(sealed.nonce), associatedData).decrypt(
          base64pad.baseDecode(sealed.ciphertext),
        ),
      "cannot open the sealed details: the envelope was altered",
    );
    return attempt(
      () => parseShippingDetails(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(plaintext))),
      "the envelope does not hold valid shipping details",
    );
  } finally {
    contentKey.fill(0);
  }
}

function attempt<T>(step: () => T, failure: string): T {
  try {
    return step();
  } catch (error) {
    throw new DecryptionError(`${failure} (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  }
}
