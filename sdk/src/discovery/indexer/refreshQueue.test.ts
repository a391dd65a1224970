import { describe, expect, test } from "vitest";
import { encodeGeohash } from "../geo/geohash.ts";
import { RefreshQueue } from "./refreshQueue.ts";
import type { ShopChainRecord } from "./types.ts";

const TOURS = { lat: 47.3941, lon: 0.6848 };
const ORLEANS = { lat: 47.9025, lon: 1.909 };
const NANTES = { lat: 47.2184, lon: -1.5536 };

function record(shopId: bigint, point?: { lat: number; lon: number }): ShopChainRecord {
  return { shopId, geohash: point === undefined ? undefined : encodeGeohash(point, 8) } as ShopChainRecord;
}

function drain(queue: RefreshQueue): bigint[] {
  const taken: bigint[] = [];
  for (let shopId = queue.take(); shopId !== undefined; shopId = queue.take()) taken.push(shopId);
  return taken;
}

describe("RefreshQueue", () => {
  test("hands out shops by id without a focus", () => {
    const queue = new RefreshQueue();
    queue.add([record(3n, TOURS), record(1n, NANTES), record(2n)]);
    expect(drain(queue)).toEqual([1n, 2n, 3n]);
  });

  test("hands out the shops nearest the focus first and the shops without a location last", () => {
    const queue = new RefreshQueue();
    queue.add([record(1n, TOURS), record(2n), record(3n, ORLEANS), record(4n, NANTES)]);
    queue.focusOn(ORLEANS);
    expect(drain(queue)).toEqual([3n, 1n, 4n, 2n]);
  });

  test("re-orders what is still waiting when the focus moves, and never holds a shop twice", () => {
    const queue = new RefreshQueue();
    queue.focusOn(TOURS);
    queue.add([record(1n, TOURS), record(2n, ORLEANS), record(3n, NANTES)]);
    expect(queue.take()).toBe(1n);
    queue.add([record(3n, NANTES)]);
    queue.focusOn(NANTES);
    expect(queue.size).toBe(2);
    expect(drain(queue)).toEqual([3n, 2n]);
  });

  test("treats a malformed geohash as no location", () => {
    const queue = new RefreshQueue();
    queue.focusOn(TOURS);
    queue.add([{ shopId: 1n, geohash: "not-a-geohash!" } as ShopChainRecord, record(2n, NANTES)]);
    expect(drain(queue)).toEqual([2n, 1n]);
  });
});
