import { cidOfDigest, decodeDocument, type OrderItems } from "@grandrue/sdk";
import { useMemo } from "react";
import type { Hex } from "viem";
import { useDocument } from "../../../market/index.ts";
import { browserStorage, documentCopy } from "../documentCopies/deviceCopies.ts";

export type OrderItemsResult = {
  data: OrderItems | undefined;
  error: Error | null;
  /** The items come from this browser's copy: no gateway delivered them. */
  isDeviceCopy: boolean;
};

/**
 * An order's line-items document, found on IPFS by the digest the order committed to (verified and validated); when
 * no gateway has it any more, the copy this browser kept at checkout (checked against the same digest).
 */
export function useOrderItems(itemsDigest: Hex | undefined): OrderItemsResult {
  const fromNetwork = useDocument("order-items", itemsDigest === undefined ? undefined : cidOfDigest(itemsDigest));
  const fromDevice = useMemo(() => {
    if (itemsDigest === undefined || fromNetwork.error === null) return undefined;
    const copy = documentCopy(browserStorage(), itemsDigest);
    try {
      return copy === undefined ? undefined : decodeDocument("order-items", copy.bytes);
    } catch {
      return undefined;
    }
  }, [itemsDigest, fromNetwork.error]);
  if (fromDevice !== undefined) return { data: fromDevice, error: null, isDeviceCopy: true };
  return { data: fromNetwork.data, error: fromNetwork.error, isDeviceCopy: false };
}
