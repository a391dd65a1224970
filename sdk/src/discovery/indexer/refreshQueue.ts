import { decodeGeohash, isGeohash } from "../geo/geohash.ts";
import { haversineMetres } from "../geo/haversine.ts";
import type { LatLon } from "../geo/types.ts";
import type { ShopChainRecord } from "./types.ts";

type Pending = { shopId: bigint; point: LatLon | undefined };

/**
 * The shops waiting for their documents, handed out nearest to a focus point first (shops without a location last,
 * then by id), so that a shopper searching around a place sees the shops near them before the rest are read.
 */
export class RefreshQueue {
  #pending: Pending[] = [];
  #focus: LatLon | undefined;

  get size(): number {
    return this.#pending.length;
  }

  /** Adds shops (a shop already waiting is not added twice). */
  add(records: readonly ShopChainRecord[]): void {
    const waiting = new Set(this.#pending.map((entry) => entry.shopId));
    for (const record of records) {
      if (waiting.has(record.shopId)) continue;
      const point =
        record.geohash !== undefined && isGeohash(record.geohash) ? decodeGeohash(record.geohash) : undefined;
      this.#pending.push({ shopId: record.shopId, point });
    }
    this.#sort();
  }

  /** Changes the point the next shops are taken nearest to (`undefined`: by shop id). */
  focusOn(point: LatLon | undefined): void {
    this.#focus = point;
    this.#sort();
  }

  /** The next shop to read, or `undefined` when none is waiting. */
  take(): bigint | undefined {
    return this.#pending.pop()?.shopId;
  }

  #sort(): void {
    const focus = this.#focus;
    const distance = (entry: Pending) =>
      focus === undefined || entry.point === undefined ? Number.POSITIVE_INFINITY : haversineMetres(focus, entry.point);
    const keyed = this.#pending.map((entry) => ({ entry, distance: distance(entry) }));
    // Farthest first, so that `take` pops the nearest from the end in constant time.
    keyed.sort(
      (a, b) =>
        b.distance - a.distance || (a.entry.shopId < b.entry.shopId ? 1 : a.entry.shopId > b.entry.shopId ? -1 : 0),
    );
    this.#pending = keyed.map(({ entry }) => entry);
  }
}
