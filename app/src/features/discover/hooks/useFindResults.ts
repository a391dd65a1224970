import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import type { Place } from "../../../place/types.ts";
import { useSearchSource } from "../indexers/useSearchSource.ts";
import type { FindParams } from "../results/findParams.ts";
import {
  type Facets,
  type FindResult,
  facetsOf,
  hasFilters,
  nearestFirst,
  searchQueryFor,
  selectedFacets,
} from "../results/findResults.ts";
import { useBrowserResults } from "./useBrowserResults.ts";
import { useIndexerResults } from "./useIndexerResults.ts";

/**
 * Where the results shown came from: an indexer (its candidates checked, `discrepancies` of them dropped), or this
 * browser reading every shop — by choice, because no indexer is configured, none answered, or the one asked failed.
 */
export type FoundThrough =
  | { kind: "indexer"; url: string; discrepancies: number }
  | { kind: "browser"; reason: "chosen" | "none-configured" | "none-answered" }
  | { kind: "browser"; reason: "indexer-failed"; url: string };

/** The shops found for the find page's parameters around `place`, nearest first, and what they can be filtered by. */
export type FoundShops = { results: FindResult[]; facets: Facets; pendingShops: number; through: FoundThrough };

/**
 * Finds shops for the find page: through the first indexer that answers (the shopper's choice), each candidate
 * checked on the chain and read by CID, ranked by the SDK's engine; otherwise, or when that indexer fails, with the
 * in-browser index (read nearest `place` first, recomputed as shops arrive: `pendingShops`). `found` is undefined
 * until there is something to show; `isUsingBrowserIndex` says whether the in-browser index is in use.
 * @example const { found } = useFindResults({ need: "pain au levain" }, place)
 */
export function useFindResults(params: FindParams, place: Place | undefined) {
  const queryClient = useQueryClient();
  const { source, firstAsked } = useSearchSource();
  const indexerUrl = source?.kind === "indexer" ? source.url : undefined;
  // While the indexers say who they are, the search starts with the one most likely chosen: shown only if it is.
  const searchedUrl = source === undefined ? firstAsked : indexerUrl;
  const allQuery = searchQueryFor({ need: params.need }, place);
  const filteredQuery = hasFilters(params) ? searchQueryFor(params, place) : undefined;
  const all = useIndexerResults(searchedUrl, allQuery);
  const filtered = useIndexerResults(searchedUrl, filteredQuery);
  const hasIndexerFailed = indexerUrl !== undefined && (all.isError || filtered.isError);
  const isUsingBrowserIndex = source !== undefined && (indexerUrl === undefined || hasIndexerFailed);
  const browser = useBrowserResults(params, place, isUsingBrowserIndex);

  // The indexer that failed is asked again who it is: the page says "none answered" once it no longer does.
  useEffect(() => {
    if (hasIndexerFailed) void queryClient.invalidateQueries({ queryKey: ["searchSource"] });
  }, [hasIndexerFailed, queryClient]);

  const found = useMemo((): FoundShops | undefined => {
    if (source === undefined) return undefined;
    if (isUsingBrowserIndex) {
      if (browser === undefined) return undefined;
      const through: FoundThrough =
        source.kind === "browser"
          ? { kind: "browser", reason: source.reason }
          : { kind: "browser", reason: "indexer-failed", url: source.url };
      return { ...browser, through };
    }
    const shown = filteredQuery === undefined ? all.data : filtered.data;
    if (indexerUrl === undefined || all.data === undefined || shown === undefined) return undefined;
    const dropped = new Set([...all.data.discrepancies, ...shown.discrepancies].map((entry) => entry.shopId));
    return {
      results: nearestFirst(shown.results),
      facets: facetsOf(all.data.results, selectedFacets(params)),
      pendingShops: 0,
      through: { kind: "indexer", url: indexerUrl, discrepancies: dropped.size },
    };
  }, [source, isUsingBrowserIndex, browser, indexerUrl, all.data, filtered.data, filteredQuery, params]);
  return { found, isUsingBrowserIndex };
}
