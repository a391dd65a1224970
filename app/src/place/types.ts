/**
 * Where the shopper searches from, as remembered in this browser:
 * - `town` / `postcode`: resolved from the addresses of the shops registered there;
 * - `coordinates`: typed as "47.72, 2.46";
 * - `geolocation`: the browser's position, with the shopper's permission;
 * - `suggestion`: one of the demo town's places (local chain only);
 * - `link`: read from the find page's address (a reload, a link someone shared).
 */
export type Place = {
  label: string;
  lat: number;
  lon: number;
  source: "town" | "postcode" | "coordinates" | "geolocation" | "suggestion" | "link";
};
