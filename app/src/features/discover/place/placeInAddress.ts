import { isValidLatLon } from "@grandrue/sdk";
import type { Place } from "../../../place/types.ts";

/** Decimals of a named place's coordinates in the address: about 1 m. */
const PLACE_DECIMALS = 5;
/** Decimals of the shopper's own position in the address: about 100 m, enough to search, not to find a home. */
const OWN_POSITION_DECIMALS = 3;

/**
 * The place a find page's address names (`near=<name>&at=<lat>,<lon>`), as a reload or a shared link gives it; a
 * position without a name is labelled with its coordinates. Undefined when there is none or it is out of range.
 * @example placeFromAddress("q=pain&near=Place+du+March%C3%A9&at=47.71636,2.44180") // { label: "Place du Marché", lat: 47.71636, lon: 2.4418, source: "link" }
 */
export function placeFromAddress(search: string): Place | undefined {
  const params = new URLSearchParams(search);
  const [lat, lon] = (params.get("at") ?? "")
    .split(",")
    .map((part) => (part.trim() === "" ? Number.NaN : Number(part)));
  const point = { lat: lat ?? Number.NaN, lon: lon ?? Number.NaN };
  if (!isValidLatLon(point)) return undefined;
  const label =
    params.get("near")?.trim() || `${point.lat.toFixed(PLACE_DECIMALS)}, ${point.lon.toFixed(PLACE_DECIMALS)}`;
  return { label, ...point, source: "link" };
}

/**
 * The address parameters that keep `place`: its name and coordinates, or, for the shopper's own position, only its
 * coordinates rounded to about 100 m (a link may be shared, and "my position" would name someone else's there).
 * @example placeAddressParams({ label: "Ma position", lat: 47.716382, lon: 2.441877, source: "geolocation" }) // [["at", "47.716,2.442"]]
 */
export function placeAddressParams(place: Place): [string, string][] {
  const isOwnPosition = place.source === "geolocation";
  const decimals = isOwnPosition ? OWN_POSITION_DECIMALS : PLACE_DECIMALS;
  const at: [string, string] = ["at", `${place.lat.toFixed(decimals)},${place.lon.toFixed(decimals)}`];
  return isOwnPosition ? [at] : [["near", place.label], at];
}

/**
 * Whether the address already names `place`, at the precision the address keeps it: then the remembered place, with
 * its own name and precision ("Ma position"), is the one to search from.
 */
export function addressNamesPlace(search: string, place: Place | undefined): boolean {
  if (place === undefined) return false;
  const at = placeAddressParams(place).find(([name]) => name === "at")?.[1];
  return new URLSearchParams(search).get("at") === at;
}
