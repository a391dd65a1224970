import { cidOfDigest } from "@grandrue/sdk";
import type { Hex } from "viem";
import { useDocument } from "../../../market/index.ts";

/** An order's line-items document, found on IPFS by the digest the order committed to (verified and validated). */
export function useOrderItems(itemsDigest: Hex | undefined) {
  return useDocument("order-items", itemsDigest === undefined ? undefined : cidOfDigest(itemsDigest));
}
