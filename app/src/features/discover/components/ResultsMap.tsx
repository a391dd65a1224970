import { addProtocol, LngLatBounds, Map as MapLibreMap, Marker, NavigationControl, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import { Protocol } from "pmtiles";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import "../../../styles/features/map.css";
import type { Place } from "../../../place/types.ts";
import { townMapStyle } from "../map/townMapStyle.ts";
import type { FindResult } from "../results/findResults.ts";

// The worker comes from the app's own origin (the Content-Security-Policy allows no other script), and tiles are read
// from the PMTiles archive by range requests: no tile server, no third party.
setWorkerUrl(workerUrl);
addProtocol("pmtiles", new Protocol().tile);

export type ResultsMapProps = { place: Place; results: readonly FindResult[]; archive: string };

/**
 * The shops found on a real map, drawn from the deployment's vector tile archive: the searched place and each shop as
 * a numbered marker linking to its page, in the list's order. Loaded only when the shopper opens it.
 */
export function ResultsMap({ place, results, archive }: ResultsMapProps) {
  const { t } = useTranslation("shops");
  const [, navigate] = useLocation();
  const container = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    if (container.current === null) return;
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container: container.current,
        style: townMapStyle(new URL(archive, window.location.origin).href, t("mapView.attribution")),
        center: [place.lon, place.lat],
        zoom: 15,
        attributionControl: { compact: true },
      });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      return;
    }
    map.addControl(new NavigationControl({ showCompass: false }));
    map.on("error", (event) => setProblem(event.error.message));
    const bounds = new LngLatBounds([place.lon, place.lat], [place.lon, place.lat]);
    const here = document.createElement("span");
    here.className = "map-marker map-marker--place";
    here.setAttribute("role", "img");
    here.setAttribute("aria-label", t("mapView.place", { place: place.label }));
    new Marker({ element: here }).setLngLat([place.lon, place.lat]).addTo(map);
    results.forEach((result, index) => {
      const location = result.shop.location;
      if (location === undefined) return;
      const name = result.indexed.metadata?.name ?? t("shop.unnamed", { id: result.shop.shopId.toString() });
      const href = `/shops/${result.shop.shopId}`;
      const link = document.createElement("a");
      link.className = "map-marker";
      link.href = href;
      link.textContent = String(index + 1);
      link.title = name;
      link.setAttribute("aria-label", t("mapView.shop", { rank: index + 1, name }));
      link.addEventListener("click", (event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(href);
      });
      new Marker({ element: link }).setLngLat([location.lon, location.lat]).addTo(map);
      bounds.extend([location.lon, location.lat]);
    });
    if (!bounds.isEmpty()) map.fitBounds(bounds, { padding: 48, maxZoom: 16, duration: 0 });
    return () => map.remove();
  }, [archive, place, results, t, navigate]);
  return (
    <figure className="results-map">
      <div ref={container} className="results-map__canvas" data-testid="results-map" />
      <figcaption className="muted">{problem === undefined ? t("mapView.caption") : t("mapView.problem")}</figcaption>
    </figure>
  );
}
