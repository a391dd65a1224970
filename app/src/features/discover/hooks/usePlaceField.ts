import type { LatLon } from "@grandrue/sdk";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Place } from "../../../place/types.ts";
import { parseCoordinates } from "../place/parseCoordinates.ts";
import { type PlaceDirectory, resolvePlace } from "../place/placeDirectory.ts";
import { type GeolocationFailure, useGeolocation } from "./useGeolocation.ts";

const formatPoint = ({ lat, lon }: LatLon) => `${lat.toFixed(5)}, ${lon.toFixed(5)}`;

/**
 * The "Near" field: the text typed, what it resolves to (coordinates, a town or postcode of the shops' addresses, a
 * demo place), the browser's position on request, and the error to show. A name typed before the place directory
 * has loaded is resolved as soon as it has. `onUnknownPlace`, when given, is called for a name the directory does not
 * know instead of refusing it: the caller then loads a fuller directory, and the name waits for it.
 * @example const field = usePlaceField({ place, directory, onPlace }); if (field.commit()) search()
 */
export function usePlaceField({
  place,
  directory,
  onPlace,
  onUnknownPlace,
}: {
  place: Place | undefined;
  directory: PlaceDirectory | undefined;
  onPlace(place: Place | undefined): void;
  onUnknownPlace?: () => void;
}) {
  const { t } = useTranslation("shops");
  const [text, setText] = useState(place?.label ?? "");
  const [error, setError] = useState<string>();
  const [pendingName, setPendingName] = useState<string>();
  useEffect(() => setText(place?.label ?? ""), [place]);
  const choose = useCallback(
    (next: Place | undefined) => {
      setError(undefined);
      setPendingName(undefined);
      onPlace(next);
    },
    [onPlace],
  );
  const onFound = useCallback(
    (point: LatLon) => choose({ ...point, label: t("place.myPosition"), source: "geolocation" }),
    [choose, t],
  );
  const onFailure = useCallback((reason: GeolocationFailure) => setError(t(`place.geolocation.${reason}`)), [t]);
  const { locate, isLocating } = useGeolocation({ onFound, onFailure });
  useEffect(() => {
    if (pendingName === undefined || directory === undefined) return;
    const resolved = resolvePlace(directory, pendingName);
    if (resolved !== undefined) choose(resolved);
    // A name typed before any directory came may need the fuller one: it waits for it, as a name typed after does.
    else if (onUnknownPlace !== undefined) onUnknownPlace();
    else {
      setPendingName(undefined);
      setError(t("place.unknown", { place: pendingName }));
    }
  }, [directory, pendingName, choose, onUnknownPlace, t]);

  /** Applies the typed text; false when it names no known place (the error then says so). */
  const commit = (): boolean => {
    const typed = text.trim();
    if (place !== undefined && typed === place.label) return true;
    const point = parseCoordinates(typed);
    if (typed === "" || point !== undefined) {
      choose(point === undefined ? undefined : { ...point, label: formatPoint(point), source: "coordinates" });
      return true;
    }
    if (directory === undefined) {
      setError(undefined);
      setPendingName(typed);
      return true;
    }
    const resolved = resolvePlace(directory, typed);
    if (resolved === undefined && onUnknownPlace !== undefined) {
      onUnknownPlace();
      setError(undefined);
      setPendingName(typed);
      return true;
    }
    if (resolved === undefined) setError(t("place.unknown", { place: typed }));
    else choose(resolved);
    return resolved !== undefined;
  };
  return { text, setText, error, pendingName, choose, commit, locate, isLocating };
}
