import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect } from "react";
import {
  SHOP_INDEX_REFRESH_MS,
  shopIndexerFor,
  shopIndexQueryOptions,
  useShopIndex,
} from "../../../market/shopIndex.ts";
import { useMarket } from "../../../market/useMarket.ts";
import { isGatewayUnreachable } from "../results/findResults.ts";

/**
 * Whether the network can be reached: `rpc` when the chain's endpoint fails (the index query retries with back-off,
 * then every 15 s), `gateway` when no shop's documents could be read (retried every 15 s by re-reading them).
 */
export type NetworkState =
  | { isReachable: true }
  | { isReachable: false; cause: "rpc" | "gateway"; isRetrying: boolean; retry(): void };

/**
 * The state of the shop index's connection to the chain and the IPFS gateways, for the "cannot reach the network"
 * banner. Retries share the index query, so they never run alongside its own syncs. Without `isEnabled` (results come
 * through an indexer) the index is not built and the network counts as reachable.
 */
export function useNetworkState({ isEnabled }: { isEnabled: boolean }): NetworkState {
  const { deployment, publicClient, ipfs } = useMarket();
  const queryClient = useQueryClient();
  const index = useShopIndex({ isEnabled });
  const isGatewayDown = index.data !== undefined && isGatewayUnreachable(index.data.indexer.shops.values());
  const rereadDocuments = useCallback(() => {
    const market = { deployment, publicClient, ipfs };
    const options = shopIndexQueryOptions(market);
    // A fetch of the index query itself: it waits for a sync in progress instead of racing it.
    void queryClient
      .fetchQuery({
        ...options,
        staleTime: 0,
        queryFn: async (context) => {
          await shopIndexerFor(market).restore();
          return options.queryFn!(context);
        },
      })
      .catch(() => undefined);
  }, [deployment, publicClient, ipfs, queryClient]);
  useEffect(() => {
    if (!isGatewayDown) return;
    const timer = setInterval(rereadDocuments, SHOP_INDEX_REFRESH_MS);
    return () => clearInterval(timer);
  }, [isGatewayDown, rereadDocuments]);

  if (!isEnabled) return { isReachable: true };
  if (index.status === "error" || index.failureCount > 0) {
    const retry = () => void index.refetch({ cancelRefetch: false });
    return { isReachable: false, cause: "rpc", isRetrying: index.isFetching, retry };
  }
  if (isGatewayDown)
    return { isReachable: false, cause: "gateway", isRetrying: index.isFetching, retry: rereadDocuments };
  return { isReachable: true };
}
