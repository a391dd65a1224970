import { cellsCovering } from "./cells-covering.ts";
import { DEFAULT_GEOHASH_PRECISION, encodeGeohash } from "./geohash.ts";
import { haversineMetres } from "./haversine.ts";
import type { LatLon } from "./types.ts";
import { assertValidDistance, assertValidLatLon } from "./validate.ts";

/** A key found by a {@link GeoPointIndex} query, with its exact distance from the query centre. */
export type PointDistance<K> = { key: K; distanceMetres: number };

type Entry<K> = { geohash: string; key: K };
type IndexedPoint = LatLon & { geohash: string };

function compareEntries<K extends string | number | bigint>(a: Entry<K>, b: Entry<K>): number {
  if (a.geohash !== b.geohash) return a.geohash < b.geohash ? -1 : 1;
  if (a.key === b.key) return 0;
  return a.key < b.key ? -1 : 1;
}

function compareByDistance<K extends string | number | bigint>(a: PointDistance<K>, b: PointDistance<K>): number {
  if (a.distanceMetres !== b.distanceMetres) return a.distanceMetres - b.distanceMetres;
  if (a.key === b.key) return 0;
  return a.key < b.key ? -1 : 1;
}

/**
 * An in-memory spatial index of keyed points. Points are kept sorted by their 9-character
 * geohash, so a radius query looks up the cells from {@link cellsCovering} by binary search
 * over geohash prefixes, then keeps the points whose exact haversine distance is within the
 * radius. Inserts and deletes are O(n) array splices (microseconds for 10 000 points).
 * @example
 * const index = new GeoPointIndex<bigint>()
 * index.set(1n, { lat: 45.764, lon: 4.8357 })
 * index.within({ lat: 45.765, lon: 4.836 }, 500) // [{ key: 1n, distanceMetres: 113.6… }]
 */
export class GeoPointIndex<K extends string | number | bigint> {
  readonly #points = new Map<K, IndexedPoint>();
  readonly #sorted: Entry<K>[] = [];

  /** Number of points in the index. */
  get size(): number {
    return this.#points.size;
  }

  /**
   * Adds or moves the point stored under `key`.
   * @throws {InvalidCoordinatesError} when the point is out of range or not finite.
   */
  set(key: K, point: LatLon): void {
    assertValidLatLon(point);
    this.delete(key);
    const entry = { geohash: encodeGeohash(point, DEFAULT_GEOHASH_PRECISION), key };
    this.#points.set(key, { lat: point.lat, lon: point.lon, geohash: entry.geohash });
    this.#sorted.splice(this.#lowerBound(entry), 0, entry);
  }

  /** Removes the point stored under `key`; returns false when there was none. */
  delete(key: K): boolean {
    const point = this.#points.get(key);
    if (point === undefined) return false;
    this.#points.delete(key);
    this.#sorted.splice(this.#lowerBound({ geohash: point.geohash, key }), 1);
    return true;
  }

  /** Distance in metres from `center` to the point stored under `key`, or undefined. */
  distanceFrom(key: K, center: LatLon): number | undefined {
    const point = this.#points.get(key);
    return point === undefined ? undefined : haversineMetres(center, point);
  }

  /**
   * Every point within `radiusMetres` of `center` (edge included), nearest first, ties by key.
   * @throws {InvalidCoordinatesError} or {InvalidDistanceError} on bad input.
   */
  within(center: LatLon, radiusMetres: number): PointDistance<K>[] {
    assertValidLatLon(center);
    assertValidDistance(radiusMetres);
    const found: PointDistance<K>[] = [];
    for (const cell of cellsCovering(center, radiusMetres)) {
      for (let i = this.#lowerBoundOfPrefix(cell); i < this.#sorted.length; i++) {
        const entry = this.#sorted[i]!;
        if (!entry.geohash.startsWith(cell)) break;
        const distanceMetres = haversineMetres(center, this.#points.get(entry.key)!);
        if (distanceMetres <= radiusMetres) found.push({ key: entry.key, distanceMetres });
      }
    }
    return found.sort(compareByDistance);
  }

  /**
   * Every point, nearest to `center` first, ties by key. O(n log n): meant for the rare
   * "nothing within the radius" fallback, not for the common path.
   * @throws {InvalidCoordinatesError} when `center` is invalid.
   */
  byDistance(center: LatLon): PointDistance<K>[] {
    assertValidLatLon(center);
    const all: PointDistance<K>[] = [];
    for (const [key, point] of this.#points) all.push({ key, distanceMetres: haversineMetres(center, point) });
    return all.sort(compareByDistance);
  }

  #lowerBound(target: Entry<K>): number {
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareEntries(this.#sorted[middle]!, target) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  #lowerBoundOfPrefix(prefix: string): number {
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#sorted[middle]!.geohash < prefix) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
