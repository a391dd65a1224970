import { isValidLatLon, type LatLon } from "@grandrue/sdk";

/** Where the shopper is: the place chosen in Find, kept in this browser only. */
export type ShopperPlace = LatLon & { label: string };

/** Where Find keeps the chosen place: `{ lat, lon, label }`. */
export const PLACE_STORAGE_KEY = "grandrue.place";

/**
 * The shopper's place from its stored JSON, or undefined when none was chosen or it is damaged.
 * @example parsePlace('{"lat":47.71,"lon":2.44,"label":"Place du Marché"}') // { lat: 47.71, lon: 2.44, label: "Place du Marché" }
 */
export function parsePlace(text: string | null): ShopperPlace | undefined {
  if (text === null) return undefined;
  try {
    const value = JSON.parse(text) as Partial<ShopperPlace> | null;
    if (typeof value?.lat !== "number" || typeof value.lon !== "number" || typeof value.label !== "string")
      return undefined;
    return isValidLatLon({ lat: value.lat, lon: value.lon })
      ? { lat: value.lat, lon: value.lon, label: value.label }
      : undefined;
  } catch {
    return undefined;
  }
}
