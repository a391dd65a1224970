import {
  createIndexedDbCache,
  createMemoryCache,
  type IndexCache,
  type IndexedShop,
  type LatLon,
  ShopIndexer,
  type ShopSearchQuery,
} from "@grandrue/sdk";
import { type QueryClient, queryOptions, useQuery } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { type Market, useMarket } from "./useMarket.ts";

/** How often the shop index follows the chain while the app is open. */
export const SHOP_INDEX_REFRESH_MS = 15_000;
/** While shops are still being read, how often the partial index is handed to the page. */
const PARTIAL_INDEX_INTERVAL_MS = 250;

const indexers = new Map<string, ShopIndexer>();
let documentCache: IndexCache | undefined;

/**
 * The shops' documents by CID (immutable, so never stale) and the index's snapshots, for the page's lifetime: in
 * IndexedDB, in memory where IndexedDB is missing. The in-browser index and the searches through an indexer share it.
 */
export function shopDocumentCache(): IndexCache {
  documentCache ??= typeof indexedDB === "undefined" ? createMemoryCache() : createIndexedDbCache();
  return documentCache;
}

function indexKey(market: Pick<Market, "deployment">): string {
  return `${market.deployment.chainId}:${market.deployment.contracts.ShopRegistry.address}`;
}

/** One indexer per deployment for the page's lifetime, cached in {@link shopDocumentCache}. */
export function shopIndexerFor(market: Pick<Market, "deployment" | "publicClient" | "ipfs">): ShopIndexer {
  const key = indexKey(market);
  let indexer = indexers.get(key);
  if (indexer === undefined) {
    const cache = shopDocumentCache();
    indexer = new ShopIndexer({ client: market.publicClient, deployment: market.deployment, ipfs: market.ipfs, cache });
    indexers.set(key, indexer);
  }
  return indexer;
}

/**
 * A snapshot of the index: the indexer, the block it has reached and how many shops are still being read (a new value
 * after every sync that moved, and every quarter second while a sync adds shops).
 */
export type ShopIndexSnapshot = {
  indexer: ShopIndexer;
  lastBlock: bigint | undefined;
  shopCount: number;
  pendingShops: number;
};

function snapshotOf(indexer: ShopIndexer): ShopIndexSnapshot {
  return { indexer, lastBlock: indexer.lastBlock, shopCount: indexer.shops.size, pendingShops: indexer.pendingShops };
}

/** Hands the partial index to the query's readers while a sync is still reading shops, at most every 250 ms. */
function publishPartialIndex(indexer: ShopIndexer, client: QueryClient, queryKey: readonly unknown[]): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopListening = indexer.onChange(() => {
    timer ??= setTimeout(() => {
      timer = undefined;
      client.setQueryData(queryKey, snapshotOf(indexer));
    }, PARTIAL_INDEX_INTERVAL_MS);
  });
  return () => {
    stopListening();
    clearTimeout(timer);
  };
}

/** Restores the cached index on first use, then follows the chain incrementally; shops appear as they are read. */
export const shopIndexQueryOptions = (market: Pick<Market, "deployment" | "publicClient" | "ipfs">) =>
  queryOptions({
    queryKey: ["shopIndex", market.deployment.chainId, market.deployment.contracts.ShopRegistry.address] as const,
    queryFn: async ({ client, queryKey }): Promise<ShopIndexSnapshot> => {
      const indexer = shopIndexerFor(market);
      const stopPublishing = publishPartialIndex(indexer, client, queryKey);
      try {
        if (indexer.lastBlock === undefined) await indexer.restore().catch(() => false);
        await indexer.sync();
      } finally {
        stopPublishing();
      }
      return snapshotOf(indexer);
    },
    refetchInterval: SHOP_INDEX_REFRESH_MS,
    structuralSharing: false,
    retry: 3,
    retryDelay: (attempt) => Math.min(1_000 * 2 ** attempt, 10_000),
  });

/**
 * Every shop of the marketplace, kept up to date; `error` is set while the RPC endpoint or the gateways fail. With
 * `isEnabled: false` the index is not built for this caller (the find page when an indexer answers it).
 */
export function useShopIndex({ isEnabled = true }: { isEnabled?: boolean } = {}) {
  return useQuery({ ...shopIndexQueryOptions(useMarket()), enabled: isEnabled });
}

/** Reads the shops nearest `point` first while the index is being built (the place a shopper searches around). */
export function useShopIndexFocus(point: LatLon | undefined): void {
  const market = useMarket();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the point is compared by value (its coordinates)
  useEffect(() => shopIndexerFor(market).focusOn(point), [market, point?.lat, point?.lon]);
}

/** "Who near me sells X": the search results for `query`, recomputed when the index moves. */
export function useShopSearch(query: ShopSearchQuery | undefined) {
  const index = useShopIndex();
  const key = JSON.stringify(query ?? null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query is compared by value (`key`)
  const results = useMemo(
    () => (index.data === undefined || query === undefined ? undefined : index.data.indexer.search(query)),
    // The index snapshot changes when it syncs.
    [index.data, key],
  );
  return { ...index, results };
}

/** One shop from the index: chain facts, validated metadata and catalog, and why one is missing. */
export function useIndexedShop(shopId: bigint | undefined): {
  shop: IndexedShop | undefined;
  isLoading: boolean;
  error: Error | null;
} {
  const index = useShopIndex();
  const shop = shopId === undefined ? undefined : index.data?.indexer.shop(shopId);
  // While the first sync still reads shops, a shop not read yet is loading, not missing.
  const isStillReading = shop === undefined && (index.data?.pendingShops ?? 0) > 0;
  return { shop, isLoading: index.isLoading || isStillReading, error: index.error };
}
