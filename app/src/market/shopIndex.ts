import { queryOptions, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { createIndexedDbCache } from "../../../sdk/src/discovery/indexer/indexedDbCache.ts";
import { createMemoryCache } from "../../../sdk/src/discovery/indexer/memoryCache.ts";
import { ShopIndexer } from "../../../sdk/src/discovery/indexer/shopIndexer.ts";
import type { IndexedShop } from "../../../sdk/src/discovery/indexer/types.ts";
import type { ShopSearchQuery } from "../../../sdk/src/discovery/search/types.ts";
import { useMarket, type Market } from "./useMarket.ts";

/** How often the shop index follows the chain while the app is open. */
export const SHOP_INDEX_REFRESH_MS = 15_000;

const indexers = new Map<string, ShopIndexer>();

function indexKey(market: Pick<Market, "deployment">): string {
  return `${market.deployment.chainId}:${market.deployment.contracts.ShopRegistry.address}`;
}

/** One indexer per deployment for the page's lifetime, cached in IndexedDB (in memory where IndexedDB is missing). */
export function shopIndexerFor(market: Pick<Market, "deployment" | "publicClient" | "ipfs">): ShopIndexer {
  const key = indexKey(market);
  let indexer = indexers.get(key);
  if (indexer === undefined) {
    const cache = typeof indexedDB === "undefined" ? createMemoryCache() : createIndexedDbCache();
    indexer = new ShopIndexer({ client: market.publicClient, deployment: market.deployment, ipfs: market.ipfs, cache });
    indexers.set(key, indexer);
  }
  return indexer;
}

/** A snapshot of the index: the indexer and the block it has reached (a new value after every sync that moved). */
export type ShopIndexSnapshot = { indexer: ShopIndexer; lastBlock: bigint | undefined; shopCount: number };

/** Restores the cached index on first use, then follows the chain incrementally. */
export const shopIndexQueryOptions = (market: Pick<Market, "deployment" | "publicClient" | "ipfs">) =>
  queryOptions({
    queryKey: ["shopIndex", market.deployment.chainId, market.deployment.contracts.ShopRegistry.address] as const,
    queryFn: async (): Promise<ShopIndexSnapshot> => {
      const indexer = shopIndexerFor(market);
      if (indexer.lastBlock === undefined) await indexer.restore().catch(() => false);
      await indexer.sync();
      return { indexer, lastBlock: indexer.lastBlock, shopCount: indexer.shops.size };
    },
    refetchInterval: SHOP_INDEX_REFRESH_MS,
    structuralSharing: false,
    retry: 3,
    retryDelay: (attempt) => Math.min(1_000 * 2 ** attempt, 10_000),
  });

/** Every shop of the marketplace, kept up to date; `error` is set while the RPC endpoint or the gateways fail. */
export function useShopIndex() {
  return useQuery(shopIndexQueryOptions(useMarket()));
}

/** "Who near me sells X": the search results for `query`, recomputed when the index moves. */
export function useShopSearch(query: ShopSearchQuery | undefined) {
  const index = useShopIndex();
  const key = JSON.stringify(query ?? null);
  const results = useMemo(
    () => (index.data === undefined || query === undefined ? undefined : index.data.indexer.search(query)),
    // The index snapshot changes when it syncs; the query is compared by value.
    [index.data, key],
  );
  return { ...index, results };
}

/** One shop from the index: chain facts, validated metadata and catalog, and why one is missing. */
export function useIndexedShop(shopId: bigint | undefined): { shop: IndexedShop | undefined; isLoading: boolean; error: Error | null } {
  const index = useShopIndex();
  return {
    shop: shopId === undefined ? undefined : index.data?.indexer.shop(shopId),
    isLoading: index.isLoading,
    error: index.error,
  };
}
