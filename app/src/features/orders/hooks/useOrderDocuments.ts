import { cidOfDigest, type OrderDetails } from "@grandrue/sdk";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { zeroHash } from "viem";
import { useMarket } from "../../../market/index.ts";
import { failureText } from "../../../transaction/index.ts";
import { browserStorage, documentCopy } from "../documentCopies/deviceCopies.ts";

const digestsOf = ({ itemsDigest, shippingDigest }: OrderDetails) =>
  [itemsDigest, shippingDigest].filter((digest) => digest !== zeroHash);

const checkKey = (chainId: number, orderId: bigint) => ["orderDocumentReplicas", chainId, orderId.toString()] as const;

/** How many configured IPFS nodes hold every document of the order (its line items, its sealed address), verified. */
export function useOrderDocumentReplicas(order: OrderDetails) {
  const { deployment, ipfs } = useMarket();
  return useQuery({
    queryKey: checkKey(deployment.chainId, order.orderId),
    queryFn: async ({ signal }) => {
      const checks = await ipfs.checkReplicas(digestsOf(order).map(cidOfDigest), { signal });
      return { held: Math.min(...checks.map(({ held }) => held)), nodeCount: ipfs.replicas.length };
    },
  });
}

/**
 * Publishes the order's documents again on every node: from this browser's copy when it has one, else read from
 * wherever they still are. Then the order's items and the count are read again.
 */
export function usePublishOrderDocumentsAgain(order: OrderDetails) {
  const { deployment, ipfs } = useMarket();
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  return useMutation({
    mutationFn: async () => {
      try {
        for (const digest of digestsOf(order)) {
          const copy = documentCopy(browserStorage(), digest);
          await ipfs.replicate(cidOfDigest(digest), copy === undefined ? {} : { bytes: copy.bytes });
        }
      } catch (error) {
        throw new Error(await failureText(error, i18n), { cause: error });
      }
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: checkKey(deployment.chainId, order.orderId) });
      await queryClient.invalidateQueries({ queryKey: ["document", "order-items", cidOfDigest(order.itemsDigest)] });
    },
  });
}

/** Whether this browser kept a copy of every document of the order. */
export function hasDeviceCopies(order: OrderDetails): boolean {
  return digestsOf(order).every((digest) => documentCopy(browserStorage(), digest) !== undefined);
}
