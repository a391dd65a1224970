import { Suspense, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useSearch } from "wouter";
import { useShopsWithLabel } from "../../services-shopper/index.ts";
import { useFindResults } from "../hooks/useFindResults.ts";
import { useNetworkState } from "../hooks/useNetworkState.ts";
import { usePlace } from "../hooks/usePlace.ts";
import { usePlaceDirectory } from "../hooks/usePlaceDirectory.ts";
import { type FindParams, findPath, parseFindParams } from "../results/findParams.ts";
import { FindForm } from "./FindForm.tsx";
import { FindResults } from "./FindResults.tsx";
import { HowItWorks } from "./HowItWorks.tsx";
import { NetworkBanner } from "./NetworkBanner.tsx";
import { ResultsSkeleton } from "./ResultsSkeleton.tsx";

/**
 * The find page's body: the network's state, the need and place, and the shops found, through an indexer or the
 * in-browser index (a skeleton until there is something to show).
 */
export function FindView() {
  const params = parseFindParams(useSearch());
  const { i18n } = useTranslation();
  // The results' label filters and attested labels speak the services' words: fetched while the search runs.
  useEffect(() => void i18n.loadNamespaces("services"), [i18n]);
  const [, navigate] = useLocation();
  const [place, setPlace] = usePlace();
  const { found: search, isUsingBrowserIndex } = useFindResults(params, place);
  // Through an indexer the shops' addresses are not read, until a typed name needs them (the suggestions are known).
  const [isAddressBookNeeded, setAddressBookNeeded] = useState(false);
  const isShopIndexUsed = isUsingBrowserIndex || isAddressBookNeeded;
  const directory = usePlaceDirectory({ isShopIndexUsed });
  const network = useNetworkState({ isEnabled: isUsingBrowserIndex });
  const certified = useShopsWithLabel(params.certified);
  const found =
    search && certified
      ? { ...search, results: search.results.filter((result) => certified.has(result.shop.shopId)) }
      : search;
  const setParams = useCallback((next: FindParams) => navigate(findPath(next), { replace: true }), [navigate]);
  return (
    <>
      <NetworkBanner state={network} />
      <FindForm
        need={params.need}
        place={place}
        directory={directory}
        onSearch={(need) => navigate(findPath({ ...params, need }))}
        onPlace={setPlace}
        onUnknownPlace={isShopIndexUsed ? undefined : () => setAddressBookNeeded(true)}
      />
      {/* Nothing found while the network is out of reach says nothing about the shops: keep waiting for them. */}
      {found === undefined || (!network.isReachable && found.results.length === 0) ? (
        <ResultsSkeleton />
      ) : (
        // The results may wait for a translation namespace (the labels'); the form above must not be hidden meanwhile:
        // revealed again, it would reset what the shopper was typing.
        <Suspense fallback={<ResultsSkeleton />}>
          <FindResults found={found} params={params} place={place} onParams={setParams} />
        </Suspense>
      )}
      {params.need === "" && place === undefined && <HowItWorks />}
    </>
  );
}
