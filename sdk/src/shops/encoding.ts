import { type Hex, hexToBytes, isHex, stringToHex, toHex } from "viem";
import { cidFromBytes, cidToBytes } from "../ipfs/cid.ts";

/** Characters of a geohash (base 32 without a, i, l and o). */
const GEOHASH = /^[0-9b-hjkmnp-z]{0,12}$/;

/** The text is not a geohash of at most 12 characters. */
export class GeohashEncodingError extends Error {
  constructor(geohash: string) {
    super(`"${geohash}" is not a geohash of at most 12 lower-case characters`);
    this.name = "GeohashEncodingError";
  }
}

/**
 * A geohash as the registry stores it: `bytes12`, ASCII, right-padded with zero bytes ("" for no location).
 * @example geohashToBytes12("u0k8m7q1") // "0x75306b386d37713100000000"
 */
export function geohashToBytes12(geohash: string): Hex {
  if (!GEOHASH.test(geohash)) throw new GeohashEncodingError(geohash);
  return stringToHex(geohash, { size: 12 });
}

/** The geohash text of a registry `bytes12` (trailing zero bytes removed). */
export function bytes12ToGeohash(value: Hex): string {
  const bytes = hexToBytes(value);
  const end = bytes.indexOf(0);
  return new TextDecoder().decode(end === -1 ? bytes : bytes.subarray(0, end));
}

/** A CID string (`bafy…`) as the `bytes` the contracts store; `0x…` bytes pass through unchanged. */
export function cidToHex(cid: string): Hex {
  return isHex(cid) ? cid : toHex(cidToBytes(cid));
}

/** The CID string of contract `bytes`, or `undefined` when they are not a valid CID. */
export function cidFromHex(value: Hex): string | undefined {
  try {
    return cidFromBytes(value);
  } catch {
    return undefined;
  }
}
