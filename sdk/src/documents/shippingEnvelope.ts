import * as z from "zod/mini";
import { schemaId, whenFieldsAreValid } from "./fields/basics.ts";
import { base64Bytes, hexBytes, x25519PublicKey } from "./fields/encoding.ts";
import { duplicateIndexes } from "./fields/identifiers.ts";
import { MAX_SHIPPING_CIPHERTEXT_BYTES, MAX_SHIPPING_RECIPIENTS } from "./limits.ts";
import { parseVersionedDocument } from "./parse.ts";

export const SHIPPING_SCHEMA_ID = "grandrue.shipping/1";

/** XChaCha20-Poly1305 nonce length in bytes. */
export const XCHACHA_NONCE_BYTES = 24;
/** Poly1305 tag length in bytes. */
export const POLY1305_TAG_BYTES = 16;
/** A 32-byte content key sealed with its tag. */
export const WRAPPED_KEY_BYTES = 32 + POLY1305_TAG_BYTES;

/** The content key sealed for one recipient, found by its public key. */
export const shippingRecipientSchema = z.strictObject({
  publicKey: x25519PublicKey,
  wrappedKey: hexBytes(WRAPPED_KEY_BYTES),
  nonce: hexBytes(XCHACHA_NONCE_BYTES),
});

/**
 * `grandrue.shipping/1`: a buyer's shipping details sealed for the shop and the carrier. The payload is sealed
 * once with a random content key (XChaCha20-Poly1305, `nonce`, `ciphertext`); the content key is sealed for
 * each recipient under a key agreed between `ephemeralPublicKey` and the recipient's key (x25519 + HKDF).
 * See `encryptShippingDetails` for the construction.
 */
export const shippingEnvelopeSchema = z
  .strictObject({
    schema: schemaId(SHIPPING_SCHEMA_ID),
    ephemeralPublicKey: x25519PublicKey,
    nonce: hexBytes(XCHACHA_NONCE_BYTES),
    ciphertext: base64Bytes(POLY1305_TAG_BYTES + 1, MAX_SHIPPING_CIPHERTEXT_BYTES),
    recipients: z
      .array(shippingRecipientSchema, { error: "must be a list" })
      .check(
        z.minLength(1, { error: "must have at least one recipient" }),
        z.maxLength(MAX_SHIPPING_RECIPIENTS, { error: `must have at most ${MAX_SHIPPING_RECIPIENTS} recipients` }),
      ),
  })
  .check(
    z.superRefine((envelope, context) => {
      for (const index of duplicateIndexes(envelope.recipients.map((recipient) => recipient.publicKey))) {
        context.addIssue({ code: "custom", path: ["recipients", index, "publicKey"], message: "repeats a recipient" });
      }
    }, whenFieldsAreValid),
  );

export type ShippingEnvelope = z.output<typeof shippingEnvelopeSchema>;
export type ShippingRecipient = z.output<typeof shippingRecipientSchema>;

/**
 * Validates a `grandrue.shipping/1` envelope (its shape only: decrypting authenticates its content).
 * @throws DocumentValidationError naming each invalid field.
 */
export function parseShippingEnvelope(json: unknown): ShippingEnvelope {
  return parseVersionedDocument(SHIPPING_SCHEMA_ID, shippingEnvelopeSchema, json);
}
