import { decodeGeohash, encodeGeohash, geohashNeighbours } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { geohashGrid, toggleCell } from "./geohashGrid.ts";

const AUBRELLE = { lat: 47.7176, lon: 2.445 };

describe("geohashGrid", () => {
  test("the centre's cell is in the middle and its eight neighbours around it", () => {
    const cells = geohashGrid(AUBRELLE, 5, 3);
    const middle = encodeGeohash(AUBRELLE, 5);
    expect(cells).toHaveLength(9);
    expect(cells.find((cell) => cell.row === 1 && cell.column === 1)?.geohash).toBe(middle);
    expect(new Set(cells.map((cell) => cell.geohash))).toEqual(new Set([middle, ...geohashNeighbours(middle)]));
  });

  test("north is the first row and west the first column", () => {
    const cells = geohashGrid(AUBRELLE, 6, 5);
    const at = (row: number, column: number) =>
      decodeGeohash(cells.find((cell) => cell.row === row && cell.column === column)!.geohash);
    expect(new Set(cells.map((cell) => cell.geohash)).size).toBe(25);
    expect(at(0, 2).lat).toBeGreaterThan(at(1, 2).lat);
    expect(at(1, 2).lat).toBeGreaterThan(at(4, 2).lat);
    expect(at(2, 0).lon).toBeLessThan(at(2, 1).lon);
    expect(at(2, 4).lon).toBeGreaterThan(at(2, 3).lon);
  });

  test("touching a cell adds it, touching it again takes it away", () => {
    expect(toggleCell(["u03xq"], "u03xr")).toEqual(["u03xq", "u03xr"]);
    expect(toggleCell(["u03xq", "u03xr"], "u03xq")).toEqual(["u03xr"]);
  });
});
