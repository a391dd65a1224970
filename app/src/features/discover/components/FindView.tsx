import { Suspense, useEffect } from "react";
import { useShopsWithLabel } from "../../services-shopper/index.ts";
import { useFindResults } from "../hooks/useFindResults.ts";
import { useNetworkState } from "../hooks/useNetworkState.ts";
import { usePlaceDirectory } from "../hooks/usePlaceDirectory.ts";
import type { PlaceDirectory } from "../place/placeDirectory.ts";
import type { Place } from "../place/types.ts";
import type { FindParams } from "../results/findParams.ts";
import { FindResults } from "./FindResults.tsx";
import { HowItWorks } from "./HowItWorks.tsx";
import { NetworkBanner } from "./NetworkBanner.tsx";
import { ResultsSkeleton } from "./ResultsSkeleton.tsx";

export type FindViewProps = {
  params: FindParams;
  place: Place | undefined;
  onParams(params: FindParams): void;
  /** The towns and postcodes a place can be typed as, once the shop index has them. */
  onDirectory(directory: PlaceDirectory | undefined): void;
};

/** The find page's results: the network's state and the shops found (a skeleton while the index loads). */
export function FindView({ params, place, onParams, onDirectory }: FindViewProps) {
  const directory = usePlaceDirectory();
  useEffect(() => onDirectory(directory), [directory, onDirectory]);
  const network = useNetworkState();
  const { found: search } = useFindResults(params, place);
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
