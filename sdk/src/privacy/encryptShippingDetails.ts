import { xchacha20poly1305 } from "@noble/ciphers/chacha.js";
import { randomBytes } from "@noble/ciphers/utils.js";
import { x25519 } from "@noble/curves/ed25519.js";
import { base64pad } from "multiformats/bases/base64";
import { bytesToHex, type Hex, hexToBytes } from "viem";
import { MAX_SHIPPING_RECIPIENTS } from "../documents/limits.ts";
import {
  SHIPPING_SCHEMA_ID,
  type ShippingEnvelope,
  type ShippingRecipient,
  XCHACHA_NONCE_BYTES,
} from "../documents/shippingEnvelope.ts";
import { EncryptionError } from "./errors.ts";
import { deriveKeyWrappingKey } from "./keyWrapping.ts";
import { encodeShippingContext, type ShippingContext } from "./shippingContext.ts";
import { parseShippingDetails, type ShippingDetails } from "./shippingDetails.ts";

/** The plaintext is padded with spaces to a multiple of this many bytes, so the public envelope hides the address length. */
export const SHIPPING_PADDING_BLOCK = 256;

const PUBLIC_KEY_HEX = /^0x[0-9a-fA-F]{64}$/;

/**
 * Seals shipping details for several recipients (the shop and the chosen carrier) in a `grandrue.shipping/1`
 * envelope, to publish on IPFS; the order commits to its sha2-256 (`documentDigest`).
 *
 * Construction: the details (validated, JSON, padded to {@link SHIPPING_PADDING_BLOCK} bytes) are sealed once
 * with XChaCha20-Poly1305 under a random 32-byte content key and random 24-byte nonce. For each recipient the
 * content key is sealed again, with its own random nonce, under `deriveKeyWrappingKey` of a fresh ephemeral
 * x25519 key and the recipient's key. Every seal authenticates the order context (`encodeShippingContext`:
 * chain id, shop id, buyer) as associated data, so an envelope opened under another order fails.
 *
 * Recipients hold the content key, so one of them could re-seal other details under it: readers must check the
 * envelope's digest against the order's on-chain `shippingDigest`, which only the buyer chose.
 * @param recipientPublicKeys 1 to 4 distinct x25519 public keys as hex, from the shop and carrier documents.
 * @throws DocumentValidationError if the details are invalid; EncryptionError for bad keys or context.
 * @example
 * const envelope = encryptShippingDetails(details, [shop.encryptionPublicKey, carrier.encryptionPublicKey], { chainId, shopId, buyer })
 * const shippingDigest = documentDigest(encodeDocument('shipping', envelope))
 */
export function encryptShippingDetails(
  details: ShippingDetails,
  recipientPublicKeys: readonly Hex[],
  context: ShippingContext,
): ShippingEnvelope {
  const plaintext = padToBlock(new TextEncoder().encode(JSON.stringify(parseShippingDetails(details))));
  const recipients = normaliseRecipients(recipientPublicKeys);
  const associatedData = encodeContext(context);
  const contentKey = randomBytes(32);
  const nonce = randomBytes(XCHACHA_NONCE_BYTES);
  const ephemeral = x25519.keygen();
  try {
    return {
      schema: SHIPPING_SCHEMA_ID,
      ephemeralPublicKey: bytesToHex(ephemeral.publicKey),
      nonce: bytesToHex(nonce),
      ciphertext: base64pad.baseEncode(xchacha20poly1305(contentKey, nonce, associatedData).encrypt(plaintext)),
      recipients: recipients.map((publicKey, index) =>
        wrapContentKey(contentKey, ephemeral, publicKey, index, associatedData),
      ),
    };
  } finally {
    contentKey.fill(0);
    ephemeral.secretKey.fill(0);
  }
}

function wrapContentKey(
  contentKey: Uint8Array,
  ephemeral: { secretKey: Uint8Array; publicKey: Uint8Array },
  publicKey: Hex,
  index: number,
  associatedData: Uint8Array,
): ShippingRecipient {
  const recipientKey = hexToBytes(publicKey);
  let wrappingKey: Uint8Array;
  try {
    wrappingKey = deriveKeyWrappingKey(ephemeral.secretKey, recipientKey, ephemeral.publicKey, recipientKey);
  } catch (error) {
    throw new EncryptionError(`recipient ${index} is not a usable x25519 public key (${publicKey})`, { cause: error });
  }
  const nonce = randomBytes(XCHACHA_NONCE_BYTES);
  return {
    publicKey,
    wrappedKey: bytesToHex(xchacha20poly1305(wrappingKey, nonce, associatedData).encrypt(contentKey)),
    nonce: bytesToHex(nonce),
  };
}

function normaliseRecipients(publicKeys: readonly Hex[]): Hex[] {
  if (publicKeys.length < 1 || publicKeys.length > MAX_SHIPPING_RECIPIENTS) {
    throw new EncryptionError(
      `expected 1 to ${MAX_SHIPPING_RECIPIENTS} recipient public keys (got ${publicKeys.length})`,
    );
  }
  const normalised = publicKeys.map((publicKey, index) => {
    if (typeof publicKey !== "string" || !PUBLIC_KEY_HEX.test(publicKey)) {
      throw new EncryptionError(`recipient ${index} must be a 32-byte x25519 public key as 0x-prefixed hex`);
    }
    return bytesToHex(hexToBytes(publicKey));
  });
  if (new Set(normalised).size !== normalised.length) {
    throw new EncryptionError("the same recipient public key is listed twice");
  }
  return normalised;
}

function encodeContext(context: ShippingContext): Uint8Array {
  try {
    return encodeShippingContext(context);
  } catch (error) {
    throw new EncryptionError(`invalid order context: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

function padToBlock(bytes: Uint8Array): Uint8Array {
  const padded = new Uint8Array(Math.ceil((bytes.length + 1) / SHIPPING_PADDING_BLOCK) * SHIPPING_PADDING_BLOCK).fill(
    0x20,
  );
  padded.set(bytes);
  return padded;
}
