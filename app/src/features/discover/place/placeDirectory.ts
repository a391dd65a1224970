import { haversineMetres, type LatLon } from "@grandrue/sdk";
import type { Place } from "../../../place/types.ts";

/** Shops farther than this from the middle of their town are left out of its centre (a farm far out, a typo). */
export const TOWN_SPREAD_METRES = 3_000;

/** What the directory needs from a shop: its postal address and position, from its metadata. */
export type AddressedShop = { address: { postcode: string; city: string }; location: LatLon };

/** A place the directory knows by name: a town or a postcode, or a suggested spot. */
export type KnownPlace = {
  label: string;
  kind: "town" | "postcode" | "suggestion";
  location: LatLon;
  shopCount: number;
};

/** Places by their folded name (`"aubrelle sur loire"`) or normalised postcode (`"45600"`). */
export type PlaceDirectory = {
  towns: Map<string, KnownPlace>;
  postcodes: Map<string, KnownPlace>;
  suggestions: Map<string, KnownPlace>;
};

/**
 * A place name in comparable form: lower case, no accents, words separated by single spaces.
 * @example foldPlaceName("Aubrelle-sur-Loire") // "aubrelle sur loire"
 */
export function foldPlaceName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const normalisePostcode = (postcode: string) => postcode.replace(/[\s-]+/g, "").toUpperCase();

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The centre of a town from its shops: the centroid of the shops within {@link TOWN_SPREAD_METRES} of their median
 * point, so one shop far out (a farm with the town's postcode) does not pull the centre into the fields.
 * @example townCentre([{ lat: 47.716, lon: 2.441 }, { lat: 47.718, lon: 2.444 }, { lat: 47.648, lon: 2.41 }]) // ≈ { lat: 47.717, lon: 2.4425 }
 */
export function townCentre(points: readonly LatLon[]): LatLon {
  const middle = { lat: median(points.map((point) => point.lat)), lon: median(points.map((point) => point.lon)) };
  const close = points.filter((point) => haversineMetres(point, middle) <= TOWN_SPREAD_METRES);
  const kept = close.length > 0 ? close : points;
  return {
    lat: kept.reduce((sum, point) => sum + point.lat, 0) / kept.length,
    lon: kept.reduce((sum, point) => sum + point.lon, 0) / kept.length,
  };
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

function groupPlaces(
  shops: readonly AddressedShop[],
  keyOf: (shop: AddressedShop) => string,
  labelOf: (group: AddressedShop[]) => string,
  kind: KnownPlace["kind"],
): Map<string, KnownPlace> {
  const groups = new Map<string, AddressedShop[]>();
  for (const shop of shops) {
    const key = keyOf(shop);
    if (key !== "") groups.set(key, [...(groups.get(key) ?? []), shop]);
  }
  return new Map(
    [...groups].map(([key, group]) => [
      key,
      {
        label: labelOf(group),
        kind,
        location: townCentre(group.map((shop) => shop.location)),
        shopCount: group.length,
      },
    ]),
  );
}

/**
 * Every town and postcode found in the shops' addresses, each centred on its shops, and the suggested spots — all
 * the places that can be found by name without asking any outside geocoder.
 * @example resolvePlace(buildPlaceDirectory(shops), "45600")?.label // "45600 Aubrelle-sur-Loire"
 */
export function buildPlaceDirectory(
  shops: readonly AddressedShop[],
  suggestions: readonly { name: string; location: LatLon }[] = [],
): PlaceDirectory {
  const cityOf = (group: AddressedShop[]) => mostCommon(group.map((shop) => shop.address.city.trim()));
  return {
    towns: groupPlaces(shops, (shop) => foldPlaceName(shop.address.city), cityOf, "town"),
    postcodes: groupPlaces(
      shops,
      (shop) => normalisePostcode(shop.address.postcode),
      (group) => `${mostCommon(group.map((shop) => normalisePostcode(shop.address.postcode)))} ${cityOf(group)}`,
      "postcode",
    ),
    suggestions: new Map(
      suggestions.map(({ name, location }) => [
        foldPlaceName(name),
        { label: name, kind: "suggestion" as const, location, shopCount: 0 },
      ]),
    ),
  };
}

/** Names that start with the typed text (at least 3 letters), the town with most shops first. */
function startingWith(places: Map<string, KnownPlace>, folded: string): KnownPlace | undefined {
  if (folded.length < 3) return undefined;
  return [...places].filter(([key]) => key.startsWith(folded)).sort((a, b) => b[1].shopCount - a[1].shopCount)[0]?.[1];
}

/**
 * The place a person means by a town name, a postcode or a suggested spot's name (case, accents and dashes
 * ignored; the start of a name is enough), or undefined when no shop's address and no suggestion has it.
 * @example resolvePlace(directory, "aubrelle") // { label: "Aubrelle-sur-Loire", source: "town", lat: 47.717, lon: 2.443 }
 */
export function resolvePlace(directory: PlaceDirectory, text: string): Place | undefined {
  const folded = foldPlaceName(text);
  const known =
    directory.postcodes.get(normalisePostcode(text)) ??
    directory.towns.get(folded) ??
    directory.suggestions.get(folded) ??
    startingWith(directory.towns, folded) ??
    startingWith(directory.suggestions, folded);
  if (known === undefined) return undefined;
  return { label: known.label, lat: known.location.lat, lon: known.location.lon, source: known.kind };
}
