import { queryOptions, useQuery } from "@tanstack/react-query";
import { type Market, useMarket } from "../../../market/useMarket.ts";
import { chooseSearchSource, indexersToAsk, type SearchSource } from "./indexerChoice.ts";
import type { IndexerPreference } from "./indexerPreference.ts";
import { useIndexerPreference } from "./useIndexerPreference.ts";

/** While no indexer answers, how often they are asked again (the page switches to one as soon as it answers). */
const RECHECK_MS = 30_000;
/** How long an indexer that answered is used before it is asked again who it is. */
const CHOICE_STALE_MS = 5 * 60_000;

export const searchSourceQueryOptions = (
  market: Pick<Market, "deployment" | "config">,
  preference: IndexerPreference,
) =>
  queryOptions({
    queryKey: [
      "searchSource",
      market.deployment.chainId,
      market.deployment.contracts.ShopRegistry.address,
      preference,
      market.config.indexers,
    ] as const,
    queryFn: ({ signal }): Promise<SearchSource> =>
      chooseSearchSource(preference, market.config.indexers, market.deployment, signal),
    staleTime: CHOICE_STALE_MS,
    refetchInterval: (query) =>
      query.state.data?.kind === "browser" && query.state.data.reason === "none-answered" ? RECHECK_MS : false,
  });

/**
 * Where the find page's results come from, by the shopper's preference: the first configured indexer that answers
 * (or the one they chose), else this browser — `source`, undefined while the indexers are being asked. `firstAsked`
 * is the indexer most likely to be chosen, which a search may start with meanwhile.
 * @example const { source } = useSearchSource(); source?.kind === "indexer" && source.url
 */
export function useSearchSource(): { source: SearchSource | undefined; firstAsked: string | undefined } {
  const market = useMarket();
  const [preference] = useIndexerPreference();
  const { data: source } = useQuery(searchSourceQueryOptions(market, preference));
  return { source, firstAsked: indexersToAsk(preference, market.config.indexers)[0] };
}
