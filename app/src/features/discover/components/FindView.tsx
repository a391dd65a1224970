import { Suspense, useEffect } from "react";
import type { Place } from "../../../place/types.ts";
import { useShopsWithLabel } from "../../services-shopper/index.ts";
import { useFindResults } from "../hooks/useFindResults.ts";
import { useNetworkState } from "../hooks/useNetworkState.ts";
import { usePlaceDirectory } from "../hooks/usePlaceDirectory.ts";
import type { PlaceDirectory } from "../place/placeDirectory.ts";
import type { FindParams } from "../results/findParams.ts";
import { FindResults } from "./FindResults.tsx";
import { HowItWorks } from "./HowItWorks.tsx";
import { NetworkBanner } from "./NetworkBanner.tsx";
import { ResultsSkeleton } from "./ResultsSkeleton.tsx";

/**
 * The towns and postcodes a place can be typed as, once known; `isComplete` when they are every shop's (the
 * in-browser index is read), so a name they lack is unknown rather than worth reading the shops for.
 */
export type FindViewPlaces = { directory: PlaceDirectory | undefined; isComplete: boolean };

export type FindViewProps = {
  params: FindParams;
  place: Place | undefined;
  /** A typed name needs the shops' addresses, though an indexer answers the search. */
  isAddressBookNeeded: boolean;
  onParams(params: FindParams): void;
  onPlaces(places: FindViewPlaces): void;
};

/**
 * The find page's results: the network's state and the shops found, through an indexer or the in-browser index (a
 * skeleton until there is something to show).
 */
export function FindView({ params, place, isAddressBookNeeded, onParams, onPlaces }: FindViewProps) {
  const { found: search, isUsingBrowserIndex } = useFindResults(params, place);
  const isShopIndexUsed = isUsingBrowserIndex || isAddressBookNeeded;
  const directory = usePlaceDirectory({ isShopIndexUsed });
  useEffect(() => onPlaces({ directory, isComplete: isShopIndexUsed }), [directory, isShopIndexUsed, onPlaces]);
  const network = useNetworkState({ isEnabled: isUsingBrowserIndex });
  const certified = useShopsWithLabel(params.certified);
  const found =
    search && certified
      ? { ...search, results: search.results.filter((result) => certified.has(result.shop.shopId)) }
      : search;
  return (
    <>
      <NetworkBanner state={network} />
      {/* Nothing found while the network is out of reach says nothing about the shops: keep waiting for them. */}
      {found === undefined || (!network.isReachable && found.results.length === 0) ? (
        <ResultsSkeleton />
      ) : (
        // The results may wait for a translation namespace (the labels'): only they wait, the form above stays.
        <Suspense fallback={<ResultsSkeleton />}>
          <FindResults found={found} params={params} place={place} onParams={onParams} />
        </Suspense>
      )}
      {params.need === "" && place === undefined && <HowItWorks />}
    </>
  );
}
