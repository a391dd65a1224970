/**
 * Micro-benchmark of the discovery search engine on a synthetic 10 000-shop town.
 * Prints build time, median and p95 query time over a fixed query set, and heap size.
 *
 *   node --expose-gc bench/search/run.ts [shops=10000] [itemsPerShop=10] [rounds=5]
 *
 * Without --expose-gc the heap figure includes garbage and is an upper bound.
 */
import { ShopSearchIndex, type ShopSearchQuery } from "@grandrue/sdk";
import { syntheticTown, TOWN_CENTRE } from "./synthetic-town.ts";

const [shopCount = 10_000, itemsPerShop = 10, rounds = 5] = process.argv.slice(2).map(Number);

const offset = (northMetres: number, eastMetres: number) => ({
  lat: TOWN_CENTRE.lat + northMetres / 111_195,
  lon: TOWN_CENTRE.lon + eastMetres / (111_195 * Math.cos((TOWN_CENTRE.lat * Math.PI) / 180)),
});

/** The fixed query set: text only, text near a point, browse near a point, filters, typos, fallback. */
const QUERIES: { name: string; query: ShopSearchQuery }[] = [
  { name: "text: pain au levain", query: { text: "pain au levain" } },
  { name: "text: velo electrique", query: { text: "velo electrique" } },
  { name: "text: fromage (prefix fromag)", query: { text: "fromag" } },
  { name: "text: typo croisant", query: { text: "croisant" } },
  { name: "text: bio", query: { text: "bio" } },
  { name: "near: pain", query: { text: "pain", near: TOWN_CENTRE } },
  { name: "near: miel de lavande", query: { text: "miel de lavande", near: offset(1_500, -800) } },
  { name: "near: vélo + delivery", query: { text: "vélo", near: offset(-2_000, 2_500), fulfilment: "delivery" } },
  { name: "near: saucisson label", query: { text: "saucisson", near: offset(4_000, 0), labels: ["Bio"] } },
  { name: "near 5 km: comté", query: { text: "comté affiné", near: offset(0, 6_000), radiusMetres: 5_000 } },
  { name: "near: browse", query: { near: TOWN_CENTRE } },
  { name: "near: browse category", query: { near: offset(3_000, 3_000), categories: ["Fleurs"] } },
  {
    name: "near: token filter",
    query: { text: "bouquet", near: TOWN_CENTRE, token: "0x5fbdb2315678afecb367f032d93f642f64180aa3" },
  },
  {
    name: "fallback: rare word far out",
    query: { text: "orchidée séchée", near: offset(18_000, 18_000), radiusMetres: 300 },
  },
  { name: "fallback: browse far out", query: { near: offset(-26_000, 26_000), radiusMetres: 200 } },
  { name: "text: no match", query: { text: "ordinateur portable" } },
];

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

function heapMegabytes(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1_048_576;
}

const shops = syntheticTown(shopCount, itemsPerShop);
const heapBefore = heapMegabytes();
const buildStart = performance.now();
const index = new ShopSearchIndex(shops);
const buildMs = performance.now() - buildStart;
const heapAfter = heapMegabytes();

const perQuery = new Map<string, number[]>(QUERIES.map(({ name }) => [name, []]));
const all: number[] = [];
const resultCounts = new Map<string, string>();
for (let round = 0; round < rounds; round++) {
  for (const { name, query } of QUERIES) {
    const start = performance.now();
    const results = index.search(query);
    const elapsed = performance.now() - start;
    perQuery.get(name)!.push(elapsed);
    all.push(elapsed);
    resultCounts.set(name, `${results.length}${results[0]?.isFarther ? " farther" : ""}`);
  }
}

const updateStart = performance.now();
for (const shop of shops.slice(0, 100)) index.update({ ...shop, name: `${shop.name} (rénové)` });
const updateMs = (performance.now() - updateStart) / 100;

all.sort((a, b) => a - b);
console.log(
  `shops ${shopCount}, items ${shopCount * itemsPerShop}, rounds ${rounds}, node ${process.version}${globalThis.gc ? "" : " (run with --expose-gc for an exact heap figure)"}`,
);
console.log(`build ${buildMs.toFixed(0)} ms, update ${updateMs.toFixed(2)} ms/shop`);
console.log(
  `heap: index ${(heapAfter - heapBefore).toFixed(1)} MB (input shops ${heapBefore.toFixed(1)} MB, total ${heapAfter.toFixed(1)} MB)`,
);
console.log(
  `query median ${percentile(all, 0.5).toFixed(2)} ms, p95 ${percentile(all, 0.95).toFixed(2)} ms, max ${all.at(-1)!.toFixed(2)} ms over ${all.length} queries`,
);
for (const [name, times] of perQuery) {
  times.sort((a, b) => a - b);
  console.log(
    `  ${name.padEnd(32)} median ${percentile(times, 0.5).toFixed(2).padStart(7)} ms  results ${resultCounts.get(name)}`,
  );
}
