import { CID } from "multiformats/cid";
import type { Hex } from "viem";
import { hexToBytes, toHex } from "viem";
import { InvalidCidError } from "./errors.ts";

/**
 * Parses a CID string (`bafy…`, `bafk…` or `Qm…`).
 * @throws {InvalidCidError} if it is not a CID.
 * @example parseCid('bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4').version // 1
 */
export function parseCid(cid: string): CID {
  try {
    return CID.parse(cid);
  } catch (error) {
    throw new InvalidCidError(cid, error);
  }
}

/**
 * The binary form of a CID, as contracts store it (`bytes` metadata / catalog CIDs).
 * @example const cidBytes = cidToBytes(catalogCid) // pass to the contract as toHex(cidBytes)
 */
export function cidToBytes(cid: string): Uint8Array {
  return parseCid(cid).bytes;
}

/**
 * The string form of a binary CID read from a contract or an event; accepts bytes or viem's `0x…` hex.
 * CIDv1 comes back in base32 (`bafy…`), CIDv0 in base58 (`Qm…`).
 * @throws {InvalidCidError} if the bytes are not exactly one CID.
 * @example cidFromBytes(log.args.catalogCid) // 'bafkrei…'
 */
export function cidFromBytes(bytes: Uint8Array | Hex): string {
  try {
    return CID.decode(typeof bytes === "string" ? hexToBytes(bytes) : bytes).toString();
  } catch (error) {
    throw new InvalidCidError(typeof bytes === "string" ? bytes : toHex(bytes), error);
  }
}

/**
 * The URL of a CID on a gateway, for `<img src>` or links; `format` asks for the verifiable raw block or CAR.
 * @example gatewayUrlFor('http://127.0.0.1:5001', logoCid) // 'http://127.0.0.1:5001/ipfs/bafkrei…'
 */
export function gatewayUrlFor(gateway: string, cid: string, format?: "raw" | "car"): string {
  const url = `${gateway.replace(/\/+$/, "")}/ipfs/${parseCid(cid).toString()}`;
  return format === undefined ? url : `${url}?format=${format}`;
}
