import { InvalidCoordinatesError, InvalidDistanceError } from "./errors.ts";
import type { LatLon } from "./types.ts";

/**
 * True when `point` has finite coordinates within [-90, 90] × [-180, 180].
 * @example isValidLatLon({ lat: 45.76, lon: 4.84 }) // true
 */
export function isValidLatLon(point: LatLon): boolean {
  const { lat, lon } = point;
  return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}

/** Throws {@link InvalidCoordinatesError} unless {@link isValidLatLon}. */
export function assertValidLatLon(point: LatLon): void {
  if (!isValidLatLon(point)) throw new InvalidCoordinatesError(point.lat, point.lon);
}

/** Throws {@link InvalidDistanceError} unless `metres` is finite and ≥ 0. */
export function assertValidDistance(metres: number): void {
  if (!Number.isFinite(metres) || metres < 0) throw new InvalidDistanceError(metres);
}
