import { isValidLatLon } from "@grandrue/sdk";
import type { Place } from "./types.ts";

/** Where the shopper's place is remembered: this browser only, never sent anywhere. */
export const PLACE_STORAGE_KEY = "grandrue.place";

const SOURCES: ReadonlySet<string> = new Set(["town", "postcode", "coordinates", "geolocation", "suggestion", "link"]);

function isPlace(value: unknown): value is Place {
  const place = value as Partial<Place> | null;
  return (
    typeof place?.label === "string" &&
    typeof place.lat === "number" &&
    typeof place.lon === "number" &&
    isValidLatLon({ lat: place.lat, lon: place.lon }) &&
    typeof place.source === "string" &&
    SOURCES.has(place.source)
  );
}

/**
 * The place remembered in `storage`, or undefined when there is none or it is unreadable.
 * @example readSavedPlace(localStorage)?.label // "Aubrelle-sur-Loire"
 */
export function readSavedPlace(storage: Storage | undefined): Place | undefined {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(PLACE_STORAGE_KEY) ?? "null");
    return isPlace(parsed)
      ? { label: parsed.label, lat: parsed.lat, lon: parsed.lon, source: parsed.source }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers `place` in `storage`, or forgets it (undefined). Storage full or disabled: it lasts for this visit. */
export function savePlace(storage: Storage | undefined, place: Place | undefined): void {
  try {
    if (place === undefined) storage?.removeItem(PLACE_STORAGE_KEY);
    else storage?.setItem(PLACE_STORAGE_KEY, JSON.stringify(place));
  } catch {
    // Nothing to do: the place is still used for this visit.
  }
}
