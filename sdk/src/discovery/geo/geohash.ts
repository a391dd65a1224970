import ngeohash from "ngeohash";
import { InvalidGeohashError } from "./errors.ts";
import type { BoundingBox, DecodedGeohash, LatLon } from "./types.ts";
import { assertValidLatLon } from "./validate.ts";

/** Precision used to store shop positions: 9 characters, a cell of about 4.8 m × 4.8 m. */
export const DEFAULT_GEOHASH_PRECISION = 9;

/** Longest geohash accepted (12 characters, a cell of a few centimetres). */
export const MAX_GEOHASH_PRECISION = 12;

const GEOHASH_PATTERN = /^[0-9b-hjkmnp-z]{1,12}$/;

/** True when `value` is a lowercase geohash of 1–12 characters. */
export function isGeohash(value: string): boolean {
  return GEOHASH_PATTERN.test(value);
}

function assertGeohash(geohash: string): void {
  if (!isGeohash(geohash)) throw new InvalidGeohashError(geohash);
}

function assertPrecision(precision: number): void {
  if (!Number.isInteger(precision) || precision < 1 || precision > MAX_GEOHASH_PRECISION) {
    throw new RangeError(`Geohash precision must be an integer from 1 to ${MAX_GEOHASH_PRECISION}, got ${precision}.`);
  }
}

/**
 * Encodes a point as a geohash of `precision` characters.
 * @throws {InvalidCoordinatesError} when the point is out of range or not finite.
 * @example encodeGeohash({ lat: 45.764, lon: 4.8357 }, 6) // 'u05kq5'
 */
export function encodeGeohash(point: LatLon, precision: number = DEFAULT_GEOHASH_PRECISION): string {
  assertValidLatLon(point);
  assertPrecision(precision);
  return ngeohash.encode(point.lat, point.lon, precision);
}

/**
 * Decodes a geohash to the centre of its cell, with the cell's half-height (`latError`) and
 * half-width (`lonError`) in degrees.
 * @throws {InvalidGeohashError} when `geohash` is not a lowercase geohash.
 * @example decodeGeohash('u05kq5') // { lat: 45.7663, lon: 4.8395, latError: 0.0027, lonError: 0.0055 } (rounded)
 */
export function decodeGeohash(geohash: string): DecodedGeohash {
  assertGeohash(geohash);
  const { latitude, longitude, error } = ngeohash.decode(geohash);
  return { lat: latitude, lon: longitude, latError: error.latitude, lonError: error.longitude };
}

/**
 * The rectangle covered by a geohash cell.
 * @throws {InvalidGeohashError} when `geohash` is not a lowercase geohash.
 * @example geohashBoundingBox('u') // { minLat: 45, minLon: 0, maxLat: 90, maxLon: 45 }
 */
export function geohashBoundingBox(geohash: string): BoundingBox {
  assertGeohash(geohash);
  const [minLat, minLon, maxLat, maxLon] = ngeohash.decode_bbox(geohash);
  return { minLat, minLon, maxLat, maxLon };
}

/**
 * The distinct cells around `geohash` at the same precision, clockwise from north
 * (N, NE, E, SE, S, SW, W, NW). Wraps across the antimeridian. Near a pole the cells
 * beyond it do not exist, so fewer than 8 cells come back and never the cell itself.
 * @throws {InvalidGeohashError} when `geohash` is not a lowercase geohash.
 * @example geohashNeighbours('u05kq5') // ['u05kqh', 'u05kqk', 'u05kq7', 'u05kq6', 'u05kq4', 'u05kmf', 'u05kmg', 'u05kmu']
 */
export function geohashNeighbours(geohash: string): string[] {
  assertGeohash(geohash);
  const unique = new Set(ngeohash.neighbors(geohash));
  unique.delete(geohash);
  return [...unique];
}
