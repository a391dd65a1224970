import { useMemo } from "react";
import { useShopIndex, useShopIndexFocus } from "../../../market/shopIndex.ts";
import type { Place } from "../../../place/types.ts";
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

/** The shops this browser found by reading every shop itself, and how many it is still reading. */
export type BrowserResults = { results: FindResult[]; facets: Facets; pendingShops: number };

/**
 * Searches the in-browser shop index, read nearest `place` first; undefined until the first shops are read (or while
 * `isEnabled` is false: the index is then not built) and recomputed as more arrive and when the index moves.
 * @example const found = useBrowserResults({ need: "pain au levain" }, place, true)
 */
export function useBrowserResults(
  params: FindParams,
  place: Place | undefined,
  isEnabled: boolean,
): BrowserResults | undefined {
  const index = useShopIndex({ isEnabled });
  useShopIndexFocus(place);
  const key = JSON.stringify([params, place?.lat, place?.lon]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the parameters and place are compared by value (`key`)
  return useMemo((): BrowserResults | undefined => {
    if (!isEnabled || index.data === undefined) return undefined;
    const { indexer } = index.data;
    const unfiltered = indexer.search(searchQueryFor({ need: params.need }, place));
    const results = hasFilters(params) ? indexer.search(searchQueryFor(params, place)) : unfiltered;
    return {
      results: nearestFirst(results),
      facets: facetsOf(unfiltered, selectedFacets(params)),
      pendingShops: index.data.pendingShops,
    };
    // The index snapshot changes when it syncs.
  }, [isEnabled, index.data, key]);
}
