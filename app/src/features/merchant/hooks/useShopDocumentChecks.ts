import { checkShopDocuments, replicateShopDocument, type ShopDocument } from "@grandrue/sdk";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useMarket } from "../../../market/index.ts";
import { failureText } from "../../../transaction/index.ts";

const checksKey = (chainId: number, shopId: bigint) => ["shopDocumentChecks", chainId, shopId.toString()] as const;

/**
 * Which configured IPFS nodes hold each document the shop depends on (profile, catalog, each open order's line items
 * and sealed address), every answer verified against the document's CID; checked again on demand.
 */
export function useShopDocumentChecks(shopId: bigint) {
  const { publicClient, deployment, ipfs } = useMarket();
  return useQuery({
    queryKey: [...checksKey(deployment.chainId, shopId), ipfs.replicas.map(({ name }) => name)],
    queryFn: ({ signal }) => checkShopDocuments(publicClient, deployment, ipfs, { shopId, signal }),
    staleTime: 0,
  });
}

/** Publishes a document (and the files it links to) again on every node, then checks the shop's documents again. */
export function usePublishAgain(shopId: bigint) {
  const { deployment, ipfs } = useMarket();
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  return useMutation({
    mutationFn: async (document: ShopDocument) => {
      try {
        return await replicateShopDocument(ipfs, document);
      } catch (error) {
        throw new Error(await failureText(error, i18n), { cause: error });
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: checksKey(deployment.chainId, shopId) }),
  });
}
