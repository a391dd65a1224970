import { type Hex, hexToBytes, stringToHex } from "viem";

const SLUG = /^[a-z0-9-]{1,32}$/;

/** The text is not a label slug: 1–32 characters of a–z, 0–9 and "-". */
export class InvalidLabelSlugError extends Error {
  constructor(slug: string) {
    super(`"${slug}" is not a label slug: use 1 to 32 characters among a-z, 0-9 and "-"`);
    this.name = "InvalidLabelSlugError";
  }
}

/**
 * A label slug as the attestations contract stores it: `bytes32`, ASCII, right-padded with zero bytes.
 * @example labelToBytes32("organic") // "0x6f7267616e696300…"
 */
export function labelToBytes32(slug: string): Hex {
  if (!SLUG.test(slug)) throw new InvalidLabelSlugError(slug);
  return stringToHex(slug, { size: 32 });
}

/** The slug of a contract `bytes32` label (trailing zero bytes removed). */
export function labelFromBytes32(value: Hex): string {
  const bytes = hexToBytes(value);
  const end = bytes.indexOf(0);
  return new TextDecoder().decode(end === -1 ? bytes : bytes.subarray(0, end));
}
