import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, type Hex } from "viem";

/**
 * The sha2-256 digest of a document's bytes, as an order commits to it on-chain (`itemsDigest`,
 * `shippingDigest`). It is also the multihash digest of the document's CIDv1 when stored as one raw block.
 * @example const itemsDigest = documentDigest(encodeDocument('order-items', items))
 */
export function documentDigest(bytes: Uint8Array): Hex {
  return bytesToHex(sha256(bytes));
}
