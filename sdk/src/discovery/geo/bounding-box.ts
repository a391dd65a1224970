import { EARTH_RADIUS_METRES } from "./haversine.ts";
import type { BoundingBox, LatLon } from "./types.ts";
import { assertValidDistance, assertValidLatLon } from "./validate.ts";

const DEGREE = Math.PI / 180;

/**
 * The smallest latitude/longitude rectangle containing every point within `radiusMetres`
 * of `center` (exact on the sphere, after J. P. Matuschek, "Finding points within a
 * distance of a latitude/longitude"). When the circle reaches a pole the box spans all
 * longitudes; when it crosses the antimeridian the box has `minLon > maxLon`.
 * @throws {InvalidCoordinatesError} or {InvalidDistanceError} on bad input.
 * @example boundingBoxAround({ lat: 0, lon: 0 }, 111_195) // ≈ { minLat: -1, minLon: -1, maxLat: 1, maxLon: 1 }
 */
export function boundingBoxAround(center: LatLon, radiusMetres: number): BoundingBox {
  assertValidLatLon(center);
  assertValidDistance(radiusMetres);
  const angularRadius = radiusMetres / EARTH_RADIUS_METRES;
  const latRadians = center.lat * DEGREE;
  const minLat = latRadians - angularRadius;
  const maxLat = latRadians + angularRadius;
  if (minLat <= -Math.PI / 2 || maxLat >= Math.PI / 2 || angularRadius >= Math.PI / 2) {
    return { minLat: Math.max(minLat / DEGREE, -90), minLon: -180, maxLat: Math.min(maxLat / DEGREE, 90), maxLon: 180 };
  }
  const deltaLon = Math.asin(Math.sin(angularRadius) / Math.cos(latRadians)) / DEGREE;
  return {
    minLat: minLat / DEGREE,
    minLon: wrapLongitude(center.lon - deltaLon),
    maxLat: maxLat / DEGREE,
    maxLon: wrapLongitude(center.lon + deltaLon),
  };
}

function wrapLongitude(lon: number): number {
  if (lon < -180) return lon + 360;
  if (lon > 180) return lon - 360;
  return lon;
}

/**
 * Splits a box that crosses the antimeridian (`minLon > maxLon`) into its eastern and
 * western parts; any other box comes back alone.
 * @example splitAtAntimeridian({ minLat: 0, minLon: 179, maxLat: 1, maxLon: -179 }).length // 2
 */
export function splitAtAntimeridian(box: BoundingBox): BoundingBox[] {
  if (box.minLon <= box.maxLon) return [box];
  return [
    { minLat: box.minLat, minLon: box.minLon, maxLat: box.maxLat, maxLon: 180 },
    { minLat: box.minLat, minLon: -180, maxLat: box.maxLat, maxLon: box.maxLon },
  ];
}

/**
 * True when `point` lies inside `box` (edges included), antimeridian-crossing boxes included.
 * @example boundingBoxContains({ minLat: 0, minLon: 179, maxLat: 1, maxLon: -179 }, { lat: 0.5, lon: -179.5 }) // true
 */
export function boundingBoxContains(box: BoundingBox, point: LatLon): boolean {
  if (point.lat < box.minLat || point.lat > box.maxLat) return false;
  return splitAtAntimeridian(box).some((part) => point.lon >= part.minLon && point.lon <= part.maxLon);
}
