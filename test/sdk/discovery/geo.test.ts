import {
  boundingBoxAround,
  boundingBoxContains,
  cellsCovering,
  coveringPrecision,
  decodeGeohash,
  EARTH_RADIUS_METRES,
  encodeGeohash,
  GeoPointIndex,
  geohashBoundingBox,
  geohashNeighbours,
  haversineMetres,
  InvalidCoordinatesError,
  InvalidDistanceError,
  InvalidGeohashError,
  type LatLon,
  MAX_COVERING_CELLS,
  splitAtAntimeridian,
} from "@grandrue/sdk";
import { describe, expect, test } from "vitest";

const BELLECOUR = { lat: 45.7578, lon: 4.832 };

/** The point `distanceMetres` from `start` along `bearingDegrees` (great-circle destination formula). */
function destination(start: LatLon, bearingDegrees: number, distanceMetres: number): LatLon {
  const toRadians = Math.PI / 180;
  const angle = distanceMetres / EARTH_RADIUS_METRES;
  const bearing = bearingDegrees * toRadians;
  const lat1 = start.lat * toRadians;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(bearing));
  const lon2 =
    start.lon * toRadians +
    Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(lat1), Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));
  const lon = ((lon2 / toRadians + 540) % 360) - 180;
  return { lat: lat2 / toRadians, lon };
}

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("haversineMetres", () => {
  test("measures one degree of latitude as about 111.2 km", () => {
    expect(haversineMetres({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111_195, -1);
  });

  test("measures the Eiffel Tower to the Louvre pyramid as about 3.16 km", () => {
    expect(haversineMetres({ lat: 48.8584, lon: 2.2945 }, { lat: 48.8606, lon: 2.3376 })).toBeCloseTo(3_162.5, 0);
  });

  test("is zero for the same point, symmetric, and half the circumference for antipodes", () => {
    expect(haversineMetres(BELLECOUR, BELLECOUR)).toBe(0);
    const other = { lat: 45.78, lon: 4.87 };
    expect(haversineMetres(BELLECOUR, other)).toBe(haversineMetres(other, BELLECOUR));
    expect(haversineMetres({ lat: 10, lon: 20 }, { lat: -10, lon: -160 })).toBeCloseTo(
      Math.PI * EARTH_RADIUS_METRES,
      -1,
    );
  });

  test("measures across the antimeridian the short way", () => {
    expect(haversineMetres({ lat: 0, lon: 179.9 }, { lat: 0, lon: -179.9 })).toBeCloseTo(22_239, -1);
  });
});

describe("geohash", () => {
  test("encodes the reference point of the geohash specification", () => {
    expect(encodeGeohash({ lat: 57.64911, lon: 10.40744 }, 11)).toBe("u4pruydqqvj");
  });

  test("decodes to a cell that contains the encoded point", () => {
    const hash = encodeGeohash(BELLECOUR, 7);
    const decoded = decodeGeohash(hash);
    expect(Math.abs(decoded.lat - BELLECOUR.lat)).toBeLessThanOrEqual(decoded.latError);
    expect(Math.abs(decoded.lon - BELLECOUR.lon)).toBeLessThanOrEqual(decoded.lonError);
    expect(boundingBoxContains(geohashBoundingBox(hash), BELLECOUR)).toBe(true);
  });

  test("defaults to 9 characters", () => {
    expect(encodeGeohash(BELLECOUR)).toHaveLength(9);
  });

  test("lists 8 distinct neighbours that touch the cell", () => {
    const hash = encodeGeohash(BELLECOUR, 6);
    const cell = geohashBoundingBox(hash);
    const neighbours = geohashNeighbours(hash);
    expect(new Set(neighbours).size).toBe(8);
    expect(neighbours).not.toContain(hash);
    for (const neighbour of neighbours) {
      const box = geohashBoundingBox(neighbour);
      const touches =
        box.minLat <= cell.maxLat &&
        box.maxLat >= cell.minLat &&
        box.minLon <= cell.maxLon &&
        box.maxLon >= cell.minLon;
      expect(touches, neighbour).toBe(true);
    }
  });

  test("lists fewer neighbours at the pole and wraps them across the antimeridian", () => {
    expect(geohashNeighbours(encodeGeohash({ lat: 89.99, lon: 0 }, 3)).length).toBeLessThan(8);
    const east = geohashNeighbours(encodeGeohash({ lat: 0.1, lon: 179.99 }, 4));
    expect(east.some((neighbour) => decodeGeohash(neighbour).lon < 0)).toBe(true);
  });

  test("rejects bad input with errors that name it", () => {
    expect(() => decodeGeohash("u05a")).toThrow(InvalidGeohashError);
    expect(() => geohashNeighbours("")).toThrow(InvalidGeohashError);
    expect(() => encodeGeohash({ lat: 91, lon: 0 })).toThrow(InvalidCoordinatesError);
    expect(() => encodeGeohash({ lat: Number.NaN, lon: 0 })).toThrow(/Invalid coordinates/);
    expect(() => encodeGeohash(BELLECOUR, 13)).toThrow(RangeError);
  });
});

describe("bounding boxes", () => {
  test("contain the points at the radius in every direction, and not much more", () => {
    const box = boundingBoxAround(BELLECOUR, 2_000);
    for (let bearing = 0; bearing < 360; bearing += 15) {
      expect(boundingBoxContains(box, destination(BELLECOUR, bearing, 1_999))).toBe(true);
    }
    expect(boundingBoxContains(box, destination(BELLECOUR, 0, 2_010))).toBe(false);
    expect(boundingBoxContains(box, destination(BELLECOUR, 90, 2_030))).toBe(false);
  });

  test("cross the antimeridian with minLon > maxLon, and split into two plain boxes", () => {
    const box = boundingBoxAround({ lat: -17.7, lon: 179.95 }, 20_000);
    expect(box.minLon).toBeGreaterThan(box.maxLon);
    expect(boundingBoxContains(box, { lat: -17.7, lon: -179.9 })).toBe(true);
    expect(boundingBoxContains(box, { lat: -17.7, lon: 0 })).toBe(false);
    expect(splitAtAntimeridian(box)).toEqual([
      { minLat: box.minLat, minLon: box.minLon, maxLat: box.maxLat, maxLon: 180 },
      { minLat: box.minLat, minLon: -180, maxLat: box.maxLat, maxLon: box.maxLon },
    ]);
  });

  test("span every longitude when the circle reaches a pole", () => {
    const box = boundingBoxAround({ lat: 89.9, lon: 30 }, 50_000);
    expect(box).toMatchObject({ minLon: -180, maxLon: 180, maxLat: 90 });
  });

  test("reject a negative or infinite radius", () => {
    expect(() => boundingBoxAround(BELLECOUR, -1)).toThrow(InvalidDistanceError);
    expect(() => cellsCovering(BELLECOUR, Number.POSITIVE_INFINITY)).toThrow(InvalidDistanceError);
  });
});

describe("cellsCovering", () => {
  const centres: [string, LatLon][] = [
    ["Lyon", BELLECOUR],
    ["the equator", { lat: 0.0001, lon: -0.0001 }],
    ["the antimeridian", { lat: -17.7, lon: 179.99 }],
    ["the far north", { lat: 78.22, lon: 15.65 }],
    ["the south pole", { lat: -89.95, lon: 0 }],
  ];
  const radii = [0, 5, 150, 2_000, 25_000, 400_000];

  for (const [place, centre] of centres) {
    test(`covers every point of circles around ${place}`, () => {
      const next = random(7);
      for (const radius of radii) {
        const cells = cellsCovering(centre, radius);
        const precision = cells[0]!.length;
        expect(cells.every((cell) => cell.length === precision)).toBe(true);
        if (precision > 1) expect(cells.length).toBeLessThanOrEqual(MAX_COVERING_CELLS);
        for (let sample = 0; sample < 200; sample++) {
          const point = destination(centre, next() * 360, Math.sqrt(next()) * radius * 0.999);
          const hash = encodeGeohash(point);
          expect(
            cells.some((cell) => hash.startsWith(cell)),
            `${radius} m, ${point.lat}, ${point.lon}`,
          ).toBe(true);
        }
      }
    });
  }

  test("picks finer cells for smaller circles", () => {
    expect(coveringPrecision(BELLECOUR, 50)).toBeGreaterThan(coveringPrecision(BELLECOUR, 2_000));
    expect(coveringPrecision(BELLECOUR, 2_000)).toBeGreaterThan(coveringPrecision(BELLECOUR, 100_000));
  });

  test("returns the single cell of the centre for a zero radius", () => {
    expect(cellsCovering(BELLECOUR, 0)).toEqual([encodeGeohash(BELLECOUR)]);
  });
});

describe("GeoPointIndex", () => {
  function scatter(count: number, seed: number): Map<number, LatLon> {
    const next = random(seed);
    const points = new Map<number, LatLon>();
    for (let key = 0; key < count; key++) points.set(key, destination(BELLECOUR, next() * 360, next() * 8_000));
    return points;
  }

  test("finds exactly the points within the radius, nearest first", () => {
    const points = scatter(2_000, 1);
    const index = new GeoPointIndex<number>();
    for (const [key, point] of points) index.set(key, point);
    for (const radius of [0, 300, 1_500, 5_000]) {
      const expected = [...points]
        .filter(([, point]) => haversineMetres(BELLECOUR, point) <= radius)
        .map(([key]) => key);
      const found = index.within(BELLECOUR, radius);
      expect(found.map(({ key }) => key).sort((a, b) => a - b)).toEqual(expected);
      const distances = found.map(({ distanceMetres }) => distanceMetres);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
    }
  });

  test("moves a point when it is set again and forgets it when deleted", () => {
    const index = new GeoPointIndex<bigint>();
    index.set(1n, BELLECOUR);
    index.set(1n, destination(BELLECOUR, 0, 5_000));
    expect(index.size).toBe(1);
    expect(index.within(BELLECOUR, 1_000)).toEqual([]);
    expect(index.within(BELLECOUR, 5_100).map(({ key }) => key)).toEqual([1n]);
    expect(index.delete(1n)).toBe(true);
    expect(index.delete(1n)).toBe(false);
    expect(index.within(BELLECOUR, 10_000)).toEqual([]);
    expect(index.distanceFrom(1n, BELLECOUR)).toBeUndefined();
  });

  test("breaks distance ties by key and lists every point by distance", () => {
    const index = new GeoPointIndex<bigint>();
    index.set(3n, BELLECOUR);
    index.set(2n, BELLECOUR);
    index.set(1n, destination(BELLECOUR, 90, 100));
    expect(index.within(BELLECOUR, 10).map(({ key }) => key)).toEqual([2n, 3n]);
    expect(index.byDistance(BELLECOUR).map(({ key }) => key)).toEqual([2n, 3n, 1n]);
  });

  test("rejects invalid coordinates instead of storing them", () => {
    const index = new GeoPointIndex<number>();
    expect(() => index.set(1, { lat: 0, lon: 181 })).toThrow(InvalidCoordinatesError);
    expect(index.size).toBe(0);
  });
});
