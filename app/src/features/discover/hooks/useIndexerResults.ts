import { type IndexerDiscrepancy, type ShopSearchQuery, searchThroughIndexer } from "@grandrue/sdk";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { shopDocumentCache } from "../../../market/shopIndex.ts";
import { type Market, useMarket } from "../../../market/useMarket.ts";
import type { FindResult } from "../results/findResults.ts";

/** Verified results through an indexer stay this long before the same search asks again. */
const RESULTS_STALE_MS = 15_000;

/** One search through an indexer: the confirmed shops ranked by the SDK's engine, and the candidates dropped. */
export type IndexerResults = { results: FindResult[]; discrepancies: IndexerDiscrepancy[] };

export const indexerResultsQueryOptions = (
  market: Pick<Market, "deployment" | "publicClient" | "ipfs">,
  indexerUrl: string,
  query: ShopSearchQuery,
) =>
  queryOptions({
    queryKey: ["indexerSearch", market.deployment.chainId, indexerUrl, query] as const,
    queryFn: async ({ signal }): Promise<IndexerResults> => {
      const { results, discrepancies } = await searchThroughIndexer(market.publicClient, market.deployment, {
        indexerUrl,
        query,
        ipfs: market.ipfs,
        cache: shopDocumentCache(),
        signal,
      });
      return { results, discrepancies };
    },
    staleTime: RESULTS_STALE_MS,
    retry: 1,
    retryDelay: 500,
  });

/**
 * The results of `query` through the indexer at `indexerUrl` (none: nothing is asked), each candidate checked on the
 * chain and read from IPFS by CID, ranked by the SDK's own engine.
 * @example const { data } = useIndexerResults("http://127.0.0.1:7420", { text: "pain", near })
 */
export function useIndexerResults(indexerUrl: string | undefined, query: ShopSearchQuery | undefined) {
  const market = useMarket();
  return useQuery({
    ...indexerResultsQueryOptions(market, indexerUrl ?? "", query ?? {}),
    enabled: indexerUrl !== undefined && query !== undefined,
  });
}
