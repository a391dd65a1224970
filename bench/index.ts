/**
 * Indexing and search at town and country scale: creates 100, 1,000 and 10,000 shops (about 10 items each) on the
 * in-process chain and the embedded IPFS node, then measures for each size the cold index time (a fresh indexer,
 * every document fetched and verified), the incremental update time (one new shop and one new catalog), search
 * latency (median and p95 over a fixed query set) and the heap used. Prints a table and writes
 * bench/results/index.json. Run: npm run bench:index (about 5 minutes; GRANDRUE_BENCH_SIZES=100,1000 for less).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createIpfsClient, createMemoryCache, ShopIndexer, type ShopSearchQuery } from "@grandrue/sdk";
import { network } from "hardhat";
import { startIpfsNode } from "../scripts/ipfs-node.ts";
import { deployProtocol } from "../scripts/lib/deploy-protocol.ts";
import { printTable, writeResults } from "./lib/results.ts";
import { createSyntheticTown } from "./lib/syntheticTown.ts";
import { TOWN_CENTRE } from "./search/synthetic-town.ts";

const SIZES = (process.env.GRANDRUE_BENCH_SIZES ?? "100,1000,10000").split(",").map(Number);
const QUERIES: ShopSearchQuery[] = [
  { text: "pain au levain", near: TOWN_CENTRE },
  { text: "velo electrique", near: TOWN_CENTRE, radiusMetres: 5_000 },
  { text: "fromage", near: TOWN_CENTRE },
  { text: "miel bio", near: TOWN_CENTRE, fulfilment: "delivery" },
  { text: "croisant", near: TOWN_CENTRE },
  { text: "bouquet de saison" },
  { text: "confiture", near: TOWN_CENTRE, radiusMetres: 500 },
  { near: TOWN_CENTRE, radiusMetres: 1_000 },
  { text: "quenelle", near: { lat: 48.85, lon: 2.35 } },
  { text: "librairie" },
];
const SEARCH_ROUNDS = 5;

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

const { viem } = await network.create();
const publicClient = await viem.getPublicClient();
const [deployer, merchant] = await viem.getWalletClients();
if (!deployer || !merchant) throw new Error("the in-process chain needs two accounts");
const deployment = await deployProtocol({ publicClient, walletClient: deployer as never, withLocalCurrency: false });
const dataDir = await mkdtemp(join(tmpdir(), "grandrue-bench-index-"));
const ipfsNode = await startIpfsNode({ dataDir });
const ipfs = createIpfsClient({ apiUrl: ipfsNode.apiUrl, gateways: [ipfsNode.gatewayUrl], timeoutMs: 30_000 });
const town = createSyntheticTown({
  ipfs,
  registry: deployment.contracts.ShopRegistry.address,
  merchant: merchant as never,
  publicClient,
  arbitrator: deployment.contracts.MediatorArbitrator.address,
  size: Math.max(...SIZES) + 1,
});
const growTo = (count: number, from: number) => town.register(from, count);

const results: Record<
  string,
  { coldIndexMs: number; updateMs: number; searchMedianMs: number; searchP95Ms: number; heapMB: number }
> = {};
let shopCount = 0;
try {
  for (const size of SIZES) {
    const started = performance.now();
    await growTo(size, shopCount);
    shopCount = size;
    console.log(`${size} shops on chain and IPFS in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const indexer = new ShopIndexer({
      client: publicClient,
      deployment,
      ipfs,
      cache: createMemoryCache(),
      concurrency: 16,
    });
    const coldStart = performance.now();
    await indexer.sync();
    const coldIndexMs = performance.now() - coldStart;
    if (indexer.shops.size !== size) throw new Error(`indexed ${indexer.shops.size} shops instead of ${size}`);

    await growTo(size + 1, size);
    const updateStart = performance.now();
    const report = await indexer.sync();
    const updateMs = performance.now() - updateStart;
    if (report.shopsRefreshed !== 1) throw new Error("the update did not pick up the new shop");
    shopCount = size + 1;

    const timings: number[] = [];
    for (let round = 0; round < SEARCH_ROUNDS; round += 1) {
      for (const query of QUERIES) {
        const queryStart = performance.now();
        indexer.search(query);
        timings.push(performance.now() - queryStart);
      }
    }
    timings.sort((a, b) => a - b);
    globalThis.gc?.();
    const heapMB = process.memoryUsage().heapUsed / 1024 / 1024;
    results[String(size)] = {
      coldIndexMs: Math.round(coldIndexMs),
      updateMs: Math.round(updateMs),
      searchMedianMs: Number(percentile(timings, 0.5).toFixed(2)),
      searchP95Ms: Number(percentile(timings, 0.95).toFixed(2)),
      heapMB: Number(heapMB.toFixed(1)),
    };
  }
} finally {
  await ipfsNode.stop();
  await rm(dataDir, { recursive: true, force: true });
}

printTable(
  ["shops", "cold index (ms)", "update (ms)", "search median (ms)", "search p95 (ms)", "heap used (MB)"],
  Object.entries(results).map(([size, r]) => [
    size,
    r.coldIndexMs,
    r.updateMs,
    r.searchMedianMs,
    r.searchP95Ms,
    r.heapMB,
  ]),
);
console.log(`\nwrote ${await writeResults("index", results)}`);
