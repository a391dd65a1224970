import { useMemo } from "react";
import { useShopIndex, useShopIndexFocus } from "../../../market/shopIndex.ts";
import type { Place } from "../place/types.ts";
import type { FindParams } from "../results/findParams.ts";
import { type Facets, type FindResult, facetsOf, nearestFirst, searchQueryFor } from "../results/findResults.ts";

/** The shops found for the find page's parameters around `place`, nearest first, and what they can be filtered by. */
export type FoundShops = { results: FindResult[]; facets: Facets; pendingShops: number };

/**
 * Searches the shop index, read nearest `place` first; `found` is undefined until the first shops are read and is
 * recomputed as more arrive (`pendingShops` says how many are still being read) and when the index moves.
 * @example const { found, index } = useFindResults({ need: "pain au levain" }, place)
 */
export function useFindResults(params: FindParams, place: Place | undefined) {
  const index = useShopIndex();
  useShopIndexFocus(place);
  const key = JSON.stringify([params, place?.lat, place?.lon]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the parameters and place are compared by value (`key`)
  const found = useMemo((): FoundShops | undefined => {
    if (index.data === undefined) return undefined;
    const { indexer } = index.data;
    const unfiltered = indexer.search(searchQueryFor({ need: params.need }, place));
    const hasFilters = params.category !== undefined || params.label !== undefined || params.fulfilment !== undefined;
    const results = hasFilters ? indexer.search(searchQueryFor(params, place)) : unfiltered;
    const selected = {
      categories: params.category === undefined ? [] : [params.category],
      labels: params.label === undefined ? [] : [params.label],
    };
    return {
      results: nearestFirst(results),
      facets: facetsOf(unfiltered, selected),
      pendingShops: index.data.pendingShops,
    };
    // The index snapshot changes when it syncs.
  }, [index.data, key]);
  return { index, found };
}
