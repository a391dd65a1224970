import ngeohash from "ngeohash";
import { boundingBoxAround, splitAtAntimeridian } from "./bounding-box.ts";
import { DEFAULT_GEOHASH_PRECISION } from "./geohash.ts";
import type { BoundingBox, LatLon } from "./types.ts";

/**
 * Upper bound on the number of cells {@link cellsCovering} returns (except at the coarsest
 * precision, 1, which is used whatever its count). Up to an 8 × 8 block: fine enough that
 * few points outside the circle are scanned, coarse enough that the look-ups stay cheap.
 */
export const MAX_COVERING_CELLS = 64;

/** Width and height in degrees of a geohash cell of `precision` characters. */
export function geohashCellSizeDegrees(precision: number): { latDegrees: number; lonDegrees: number } {
  const bits = 5 * precision;
  return { latDegrees: 180 / 2 ** Math.floor(bits / 2), lonDegrees: 360 / 2 ** Math.ceil(bits / 2) };
}

function spannedCells(min: number, max: number, origin: number, cellSize: number, cellCount: number): number {
  const first = Math.min(Math.floor((min - origin) / cellSize), cellCount - 1);
  const last = Math.min(Math.floor((max - origin) / cellSize), cellCount - 1);
  return last - first + 1;
}

function countCells(boxes: BoundingBox[], precision: number): number {
  const { latDegrees, lonDegrees } = geohashCellSizeDegrees(precision);
  let count = 0;
  for (const box of boxes) {
    const rows = spannedCells(box.minLat, box.maxLat, -90, latDegrees, 180 / latDegrees);
    const columns = spannedCells(box.minLon, box.maxLon, -180, lonDegrees, 360 / lonDegrees);
    count += rows * columns;
  }
  return count;
}

/**
 * The finest geohash precision (up to {@link DEFAULT_GEOHASH_PRECISION}) at which a circle of
 * `radiusMetres` around `center` is covered by at most {@link MAX_COVERING_CELLS} cells.
 * @example coveringPrecision({ lat: 45.76, lon: 4.84 }, 2_000) // 6
 */
export function coveringPrecision(center: LatLon, radiusMetres: number): number {
  return finestPrecisionFor(splitAtAntimeridian(boundingBoxAround(center, radiusMetres)));
}

function finestPrecisionFor(boxes: BoundingBox[]): number {
  for (let precision = DEFAULT_GEOHASH_PRECISION; precision > 1; precision--) {
    if (countCells(boxes, precision) <= MAX_COVERING_CELLS) return precision;
  }
  return 1;
}

/**
 * The geohash cells whose union covers every point within `radiusMetres` of `center`:
 * the centre cell plus as many rings of neighbours as the circle's bounding box reaches,
 * at the precision chosen by {@link coveringPrecision}. All cells share one precision, so
 * a point lies in the circle only if its geohash starts with one of them.
 * Crosses the antimeridian and reaches the poles correctly.
 * @throws {InvalidCoordinatesError} or {InvalidDistanceError} on bad input.
 * @example cellsCovering({ lat: 45.764, lon: 4.8357 }, 2_000) // 48 cells of 6 characters: ['u05kjr', 'u05kjx', 'u05kjz', 'u05km2', …]
 */
export function cellsCovering(center: LatLon, radiusMetres: number): string[] {
  const boxes = splitAtAntimeridian(boundingBoxAround(center, radiusMetres));
  const precision = finestPrecisionFor(boxes);
  const cells = new Set<string>();
  for (const box of boxes) {
    for (const cell of ngeohash.bboxes(box.minLat, box.minLon, box.maxLat, box.maxLon, precision)) cells.add(cell);
  }
  return [...cells].sort();
}
