import type { SearchableShop } from "@grandrue/sdk";
import { syntheticTown } from "../search/synthetic-town.ts";
import { ITEMS_PER_SHOP } from "./syntheticTown.ts";

/** A town of the synthetic country: where it is and how many shops it has. */
export type CountryTown = { name: string; centre: { lat: number; lon: number }; shops: number };

/** Mainland France, roughly: the box towns are placed in. */
const BOX = { minLat: 43.3, maxLat: 50.8, minLon: -1.2, maxLon: 7.5 };

/** mulberry32, as the town generator's. */
function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The towns of a synthetic country of `shopCount` shops: one town per 250 shops (at least one), sizes following
 * Zipf's law as real towns do (the largest holds about 15 % of the shops), centres spread over
 * mainland France. Deterministic: the same count gives the same towns.
 */
export function countryTowns(shopCount: number, seed = 7): CountryTown[] {
  const random = randomGenerator(seed);
  const townCount = Math.max(1, Math.round(shopCount / 250));
  const weights = Array.from({ length: townCount }, (_, rank) => 1 / (rank + 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const sizes = weights.map((weight) => Math.max(1, Math.floor((weight / total) * shopCount)));
  sizes[0]! += shopCount - sizes.reduce((sum, size) => sum + size, 0);
  return sizes.map((shops, rank) => ({
    name: `Ville ${rank + 1}`,
    centre: {
      lat: BOX.minLat + random() * (BOX.maxLat - BOX.minLat),
      lon: BOX.minLon + random() * (BOX.maxLon - BOX.minLon),
    },
    shops,
  }));
}

/**
 * Every shop of the synthetic country, ids 1 to `shopCount`, 10 items each: each town is a synthetic town whose
 * dense centre and outskirts grow with its size (σ from 400 m to 6 km, outskirts up to 40 km).
 */
export function syntheticCountry(shopCount: number): { towns: CountryTown[]; shops: SearchableShop[] } {
  const towns = countryTowns(shopCount);
  const shops: SearchableShop[] = [];
  towns.forEach((town, index) => {
    const denseSigmaMetres = Math.min(6_000, 400 * Math.sqrt(town.shops / 10));
    shops.push(
      ...syntheticTown(town.shops, ITEMS_PER_SHOP, 1_000 + index, {
        centre: town.centre,
        denseSigmaMetres,
        spreadMetres: Math.min(40_000, denseSigmaMetres * 6),
        firstShopId: BigInt(shops.length + 1),
      }),
    );
  });
  return { towns, shops };
}
