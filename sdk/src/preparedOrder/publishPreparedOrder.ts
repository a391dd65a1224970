import { CID } from "multiformats/cid";
import * as raw from "multiformats/codecs/raw";
import { create as createDigest } from "multiformats/hashes/digest";
import { type Hex, hexToBytes } from "viem";
import type { IpfsWriter } from "../ipfs/writer.ts";
import type { PreparedOrder } from "./prepareOrder.ts";

/** The IPFS node stored a document under another CID than its digest commits to. */
export class DigestMismatchError extends Error {
  constructor(expected: string, actual: string) {
    super(`The IPFS node stored the document as ${actual}, but the order commits to ${expected}`);
    this.name = "DigestMismatchError";
  }
}

const SHA2_256 = 0x12;

/** The CIDv1 (raw, sha2-256) of a single-block document with this digest: how the app finds an order's documents. */
export function cidOfDigest(digest: Hex): string {
  return CID.createV1(raw.code, createDigest(SHA2_256, hexToBytes(digest))).toString();
}

async function publish(ipfs: IpfsWriter, bytes: Uint8Array, digest: Hex): Promise<string> {
  const cid = await ipfs.addBytes(bytes);
  const expected = cidOfDigest(digest);
  if (cid !== expected) throw new DigestMismatchError(expected, cid);
  return cid;
}

/**
 * Publishes an order's line-items document and shipping envelope (before paying), checking that each CID is the one
 * its on-chain digest names, so the shop and the carrier will find them.
 */
export async function publishPreparedOrder(
  ipfs: IpfsWriter,
  prepared: PreparedOrder,
): Promise<{ itemsCid: string; shippingCid?: string }> {
  const itemsCid = await publish(ipfs, prepared.itemsBytes, prepared.itemsDigest);
  if (prepared.shippingBytes === undefined) return { itemsCid };
  return { itemsCid, shippingCid: await publish(ipfs, prepared.shippingBytes, prepared.shippingDigest) };
}
