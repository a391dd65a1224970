import { encodeGeohash, geohashBoundingBox, type LatLon } from "@grandrue/sdk";

/** Map cell sizes a carrier can pick from: about 20 km, 5 km or 1 km across. */
export const GRID_PRECISIONS = [4, 5, 6] as const;
export type GridPrecision = (typeof GRID_PRECISIONS)[number];

/** One cell of the grid: its geohash and position (row 0 is the north, column 0 the west). */
export type GridCell = { geohash: string; row: number; column: number };

/**
 * The `size` × `size` geohash cells around `centre` at `precision`, north-west first: the centre's cell in the
 * middle and its neighbours around, stepping by the cell's own height and width.
 * @example geohashGrid({ lat: 47.7176, lon: 2.4450 }, 5, 3).map((cell) => cell.geohash) // 9 cells, "u03x…" in the middle
 */
export function geohashGrid(centre: LatLon, precision: GridPrecision, size = 5): GridCell[] {
  const middle = encodeGeohash(centre, precision);
  const box = geohashBoundingBox(middle);
  const height = box.maxLat - box.minLat;
  const width = box.maxLon - box.minLon;
  const centreLat = (box.minLat + box.maxLat) / 2;
  const centreLon = (box.minLon + box.maxLon) / 2;
  const half = Math.floor(size / 2);
  const cells: GridCell[] = [];
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      const lat = Math.max(-89.999, Math.min(89.999, centreLat + (half - row) * height));
      const lon = ((centreLon + (column - half) * width + 540) % 360) - 180;
      cells.push({ geohash: encodeGeohash({ lat, lon }, precision), row, column });
    }
  }
  return cells;
}

/** Adds the cell, or takes it away when it is already chosen. */
export function toggleCell(chosen: readonly string[], geohash: string): string[] {
  return chosen.includes(geohash) ? chosen.filter((cell) => cell !== geohash) : [...chosen, geohash];
}
