import { cidOfDigest } from "@grandrue/sdk";
import type { Hex } from "viem";
import { useDocument } from "../../../market/index.ts";

/** The order's line items (`grandrue.order-items/1`), found by the digest the order committed to and verified. */
export function useOrderItems(itemsDigest: Hex | undefined) {
  return useDocument("order-items", itemsDigest === undefined ? undefined : cidOfDigest(itemsDigest));
}
