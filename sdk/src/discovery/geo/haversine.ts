import type { LatLon } from "./types.ts";

/** Mean Earth radius (IUGG), the radius every distance in this module uses. */
export const EARTH_RADIUS_METRES = 6_371_008.8;

const DEGREE = Math.PI / 180;

/**
 * Great-circle distance between two points in metres (haversine formula on a sphere: within
 * 0.5 % of the ellipsoidal distance, far below the precision of a shop's address).
 * @example haversineMetres({ lat: 48.8584, lon: 2.2945 }, { lat: 48.8606, lon: 2.3376 }) // ≈ 3 162.5
 */
export function haversineMetres(a: LatLon, b: LatLon): number {
  const sinHalfDLat = Math.sin(((b.lat - a.lat) * DEGREE) / 2);
  const sinHalfDLon = Math.sin(((b.lon - a.lon) * DEGREE) / 2);
  const h = sinHalfDLat * sinHalfDLat + Math.cos(a.lat * DEGREE) * Math.cos(b.lat * DEGREE) * sinHalfDLon * sinHalfDLon;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}
