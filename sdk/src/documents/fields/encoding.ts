import { base64pad } from "multiformats/bases/base64";
import type { Hex } from "viem";
import * as z from "zod/mini";

/** Exactly `length` bytes as lower-case 0x-prefixed hex. */
export function hexBytes(length: number) {
  const pattern = new RegExp(`^0x[0-9a-f]{${length * 2}}$`);
  return z.custom<Hex>((value) => typeof value === "string" && pattern.test(value), {
    error: `must be ${length} bytes as lower-case 0x-prefixed hex (${2 + length * 2} characters)`,
  });
}

/** An x25519 public key: 32 bytes as lower-case 0x-prefixed hex. */
export const x25519PublicKey = hexBytes(32);

/**
 * Bytes as padded standard base64 (RFC 4648 §4), in canonical form, decoding to `minBytes`…`maxBytes` bytes.
 */
export function base64Bytes(minBytes: number, maxBytes: number) {
  const maxLength = Math.ceil(maxBytes / 3) * 4;
  return z.string({ error: "must be a base64 string" }).check(
    z.maxLength(maxLength, { error: `must encode at most ${maxBytes} bytes`, abort: true }),
    z.superRefine((text, context) => {
      let bytes: Uint8Array;
      try {
        bytes = base64pad.baseDecode(text);
      } catch {
        context.addIssue({ code: "custom", message: "must be canonical padded base64 (A-Z, a-z, 0-9, +, /, =)" });
        return;
      }
      if (bytes.length < minBytes || bytes.length > maxBytes) {
        context.addIssue({
          code: "custom",
          message: `must encode ${minBytes} to ${maxBytes} bytes (got ${bytes.length})`,
        });
      }
    }),
  );
}
