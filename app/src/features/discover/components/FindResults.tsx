import { DEFAULT_RADIUS_METRES } from "@grandrue/sdk";
import type { TFunction } from "i18next";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../components/ui/Banner.tsx";
import { Button } from "../../../components/ui/Button.tsx";
import { Spinner } from "../../../components/ui/Spinner.tsx";
import { formatDistance } from "../../../lib/format.ts";
import { useMarketContext } from "../../../market/index.ts";
import type { Place } from "../../../place/types.ts";
import type { FoundShops } from "../hooks/useFindResults.ts";
import type { FindParams } from "../results/findParams.ts";
import { DistanceView } from "./DistanceView.tsx";
import { NoResults } from "./NoResults.tsx";
import { ResultFilters } from "./ResultFilters.tsx";
import { ResultList } from "./ResultList.tsx";
import { SearchSourceNote } from "./SearchSourceNote.tsx";
import { type ResultsView, ViewToggle } from "./ViewToggle.tsx";

// MapLibre and the tile reader load only when the shopper opens the map, never on a first visit.
const ResultsMap = lazy(() => import("./ResultsMap.tsx").then((module) => ({ default: module.ResultsMap })));

export type FindResultsProps = {
  found: FoundShops;
  params: FindParams;
  place: Place | undefined;
  onParams(params: FindParams): void;
};

function resultsTitle(params: FindParams, place: Place | undefined, t: TFunction<"shops">): string {
  if (params.need !== "")
    return place === undefined
      ? t("results.titleNeed", { need: params.need })
      : t("results.titleNeedNear", { need: params.need, place: place.label });
  return place === undefined ? t("results.titleAll") : t("results.titleNear", { place: place.label });
}

/** The shops found: a title saying what and where, filters, the "nothing near" notice, and the list beside the distance view. */
export function FindResults({ found, params, place, onParams }: FindResultsProps) {
  const { t, i18n } = useTranslation("shops");
  const [view, setView] = useState<ResultsView>("list");
  const [isMapOpen, setMapOpen] = useState(false);
  const archive = useMarketContext().config.mapTiles;
  const { results, facets } = found;
  const isNothingNear = results.some((result) => result.isFarther);
  return (
    <section aria-labelledby="find-results-title" className="find-results">
      <div className="find-results__head">
        <h2 id="find-results-title" className="find-results__title">
          {resultsTitle(params, place, t)}
        </h2>
        <p className="muted">
          {t(place === undefined ? "results.count" : "results.countNearestFirst", { count: results.length })}
        </p>
        {found.pendingShops > 0 && (
          <p className="muted" role="status">
            {t("results.stillReading", { count: found.pendingShops })}
          </p>
        )}
        <SearchSourceNote through={found.through} />
      </div>
      <ResultFilters
        facets={facets}
        params={params}
        onParams={onParams}
        aside={place !== undefined && results.length > 0 && <ViewToggle view={view} onChange={setView} />}
      />
      {isNothingNear && (
        <Banner
          tone="info"
          title={t("results.nothingNearTitle", { distance: formatDistance(DEFAULT_RADIUS_METRES, i18n.language) })}
        >
          <p>
            {t(params.need === "" ? "results.nothingNearBrowse" : "results.nothingNearText", { need: params.need })}
          </p>
        </Banner>
      )}
      {results.length === 0 && found.pendingShops > 0 ? null : results.length === 0 ? (
        <NoResults params={params} place={place} onParams={onParams} />
      ) : (
        <div className="find-results__layout" data-view={place === undefined ? undefined : view}>
          <div className="find-results__list">
            <ResultList results={results} />
          </div>
          {place !== undefined && (
            <div className="find-results__map">
              {archive !== undefined && isMapOpen ? (
                <Suspense fallback={<Spinner label={t("mapView.loading")} />}>
                  <ResultsMap place={place} results={results} archive={archive} />
                </Suspense>
              ) : (
                <DistanceView place={place} results={results} />
              )}
              {archive !== undefined && (
                <Button size="small" onClick={() => setMapOpen((open) => !open)}>
                  {isMapOpen ? t("mapView.close") : t("mapView.open")}
                </Button>
              )}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
