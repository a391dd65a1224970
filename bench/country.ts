/**
 * The open indexer at country scale, on PostgreSQL (npm run bench:country).
 *
 * 1. Indexing, for real: a synthetic country of GRANDRUE_BENCH_SHOPS shops (default 10,000; towns of Zipf sizes over
 *    mainland France, 10 items per shop) is registered on the local chain and published on the embedded IPFS node,
 *    then the indexer (Ponder + document fetcher, GRANDRUE_BENCH_RPC_URLS URLs of the node, default 8) indexes it from
 *    scratch into PostgreSQL: shops per second until every shop is searchable, and search latency over HTTP.
 * 2. Search at GRANDRUE_BENCH_SCALED_SHOPS shops (default 100,000): registering that many shops one transaction at a
 *    time on the in-process chain would take over an hour here, so a second database is filled with the same rows
 *    the indexer writes — its own `storeShopDocument`/`storeCatalog` on the SDK-validated documents of a 100,000-shop
 *    country, and Ponder's own `shop` table definition (copied with pg_dump) — and the indexer's `searchShops` is
 *    timed on it over a fixed query set; the database size is measured there.
 * 3. The find page at INDEXED_SHOPS shops, in headless Chromium (the app built for the stack, a fresh profile per run,
 *    GRANDRUE_BENCH_BROWSER_RUNS runs, default 5): the time from navigation to the first result for "pain" in the
 *    largest town, through the indexer of step 1 (candidates checked on the chain and read from IPFS) and without it
 *    (the shopper's preference "no indexer": the browser reads every shop itself).
 * Prints a table and writes bench/results/country.json.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { SearchableShop } from "@grandrue/sdk";
import {
  createIpfsClient,
  getIndexerInfo,
  type IndexerSearchQuery,
  indexerSearchParams,
  parseCatalog,
  parseShopMetadata,
  searchIndexer,
} from "@grandrue/sdk";
import pg from "pg";
import { poolSqlClient } from "../indexer/lib/db/sqlClient.ts";
import { storeCatalog, storeShopDocument } from "../indexer/lib/documents/documentStore.ts";
import { createDocumentTables } from "../indexer/lib/documents/documentTables.ts";
import { catalogSearchRows, shopSearchRow } from "../indexer/lib/documents/searchRows.ts";
import { parseSearchRequest } from "../indexer/lib/search/searchRequest.ts";
import { searchShops } from "../indexer/lib/search/searchShops.ts";
import { startIndexer } from "../indexer/startIndexer.ts";
import { localClients } from "../scripts/lib/dev-stack/clients.ts";
import { freePorts } from "../scripts/lib/dev-stack/ports.ts";
import { startDevStack } from "../scripts/lib/dev-stack/startDevStack.ts";
import { startPostgres } from "../scripts/lib/postgres/startPostgres.ts";
import { buildAndServeApp, median, timeFirstResults } from "./lib/appInChromium.ts";
import { printTable, writeResults } from "./lib/results.ts";
import { countryTowns, syntheticCountry } from "./lib/syntheticCountry.ts";
import { createSyntheticTown, syntheticShopDocuments } from "./lib/syntheticTown.ts";

const INDEXED_SHOPS = Number(process.env.GRANDRUE_BENCH_SHOPS ?? 10_000);
const SCALED_SHOPS = Number(process.env.GRANDRUE_BENCH_SCALED_SHOPS ?? 100_000);
const RPC_URLS = Number(process.env.GRANDRUE_BENCH_RPC_URLS ?? 8);
const BROWSER_RUNS = Number(process.env.GRANDRUE_BENCH_BROWSER_RUNS ?? 5);
/** How long a run waits for the first result before the page counts as showing none. */
const FIRST_RESULTS_WAIT_MS = 180_000;
const ROUNDS = 5;
const run = promisify(execFile);

/** The fixed query set, around the country's largest, a middle and a small town (the same towns at any size). */
function queriesFor(shopCount: number): IndexerSearchQuery[] {
  const towns = countryTowns(shopCount);
  const capital = towns[0]!.centre;
  const second = (towns[1] ?? towns[0]!).centre;
  const middle = towns[Math.floor(towns.length / 2)]!.centre;
  const small = towns[towns.length - 1]!.centre;
  return [
    { text: "pain au levain", near: capital },
    { text: "velo electrique", near: capital, radiusMetres: 5_000 },
    { text: "fromage", near: second },
    { text: "miel bio", near: capital, fulfilment: "delivery" },
    { text: "croisant", near: capital },
    { text: "bouquet de saison", near: middle, radiusMetres: 10_000 },
    { text: "confiture", near: capital, radiusMetres: 500 },
    { near: capital, radiusMetres: 1_000 },
    { near: second, categories: ["boulangerie"], fulfilment: "pickup" },
    { text: "quenelle", near: small },
    { text: "librairie", near: middle },
    { text: "saucisson", near: { lat: 46.2, lon: 2.2 }, radiusMetres: 2_000 },
  ];
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

type Latency = { p50: number; p95: number; perQuery: { query: string; medianMs: number }[] };

async function timeQueries(
  queries: IndexerSearchQuery[],
  search: (query: IndexerSearchQuery) => Promise<unknown>,
): Promise<Latency> {
  for (const query of queries) await search(query); // warm-up: plans and caches
  const timings: number[] = [];
  const byQuery = queries.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, query] of queries.entries()) {
      const started = performance.now();
      await search(query);
      const elapsed = performance.now() - started;
      timings.push(elapsed);
      byQuery[index]!.push(elapsed);
    }
  }
  timings.sort((a, b) => a - b);
  const perQuery = queries.map((query, index) => ({
    query: indexerSearchParams(query)
      .toString()
      .replace(/lat=[\d.-]+&lon=[\d.-]+/, "near"),
    medianMs: Number(
      percentile(
        byQuery[index]!.sort((a, b) => a - b),
        0.5,
      ).toFixed(1),
    ),
  }));
  return {
    p50: Number(percentile(timings, 0.5).toFixed(2)),
    p95: Number(percentile(timings, 0.95).toFixed(2)),
    perQuery,
  };
}

const seconds = (ms: number) => Number((ms / 1000).toFixed(1));
const dataDir = await mkdtemp(join(tmpdir(), "grandrue-bench-country-"));
const postgres = await startPostgres();
const [chainPort, ipfsPort] = (await freePorts(2)) as [number, number];
const stack = await startDevStack({
  ports: { chain: chainPort, ipfs: ipfsPort },
  withApp: false,
  ipfsDataDir: join(dataDir, "ipfs"),
});
const stoppers: (() => Promise<void>)[] = [
  () => postgres.stop(),
  () => stack.stop(),
  () => rm(dataDir, { recursive: true, force: true }),
];

try {
  // ── 1. Index a real country of INDEXED_SHOPS shops ──────────────────────────────────────────────────────────
  const { publicClient, accounts, walletFor } = await localClients(stack.rpcUrl);
  const country = syntheticCountry(INDEXED_SHOPS);
  const town = createSyntheticTown({
    ipfs: createIpfsClient({
      apiUrl: stack.ipfs.apiUrl,
      token: stack.ipfs.token,
      gateways: [stack.ipfs.gatewayUrl],
      timeoutMs: 30_000,
    }),
    publicClient,
    merchant: walletFor(accounts[1]!),
    registry: stack.deployment.contracts.ShopRegistry.address,
    arbitrator: stack.deployment.contracts.MediatorArbitrator.address,
    size: INDEXED_SHOPS,
    shops: country.shops,
  });
  const registerStart = performance.now();
  for (let from = 0; from < INDEXED_SHOPS; from += 1_000) {
    await town.register(from, Math.min(INDEXED_SHOPS, from + 1_000));
    console.log(
      `registered ${Math.min(INDEXED_SHOPS, from + 1_000)} shops (${seconds(performance.now() - registerStart)} s)`,
    );
  }
  const head = await publicClient.getBlockNumber();

  const indexStart = performance.now();
  const indexer = await startIndexer({
    rpcUrl: Array.from({ length: RPC_URLS }, (_, index) => `${stack.rpcUrl}/?url=${index + 1}`),
    deployment: stack.deployment,
    ipfsGateway: stack.ipfs.gatewayUrl,
    dataDir: join(dataDir, "indexer"),
    postgres: { url: postgres.url, schema: "country" },
    maxRequestsPerSecond: 100,
    rateLimitPerMinute: 100_000,
  });
  stoppers.unshift(() => indexer.stop());
  let chainIndexedMs: number | undefined;
  for (;;) {
    const info = await getIndexerInfo(indexer.url).catch(() => undefined);
    if (info !== undefined && chainIndexedMs === undefined && (info.block?.number ?? 0) >= Number(head))
      chainIndexedMs = performance.now() - indexStart;
    if (info !== undefined && chainIndexedMs !== undefined && info.documents.pending === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const indexedMs = performance.now() - indexStart;
  const indexShopsPerSec = Math.round(INDEXED_SHOPS / (indexedMs / 1000));
  console.log(
    `indexed ${INDEXED_SHOPS} shops in ${seconds(indexedMs)} s (chain facts in ${seconds(chainIndexedMs!)} s): ${indexShopsPerSec} shops/s`,
  );
  const httpLatency = await timeQueries(queriesFor(INDEXED_SHOPS), (query) =>
    searchIndexer(indexer.url, query, { timeoutMs: 30_000 }),
  );
  const indexedDbMB = Number(((await sizeOf(postgres.url, "postgres")) / 1024 / 1024).toFixed(1));

  // ── 3. The find page in Chromium at INDEXED_SHOPS shops, through the indexer and without it ────────────────────
  const [appPort] = (await freePorts(1)) as [number];
  const app = await buildAndServeApp({
    rpcUrl: stack.rpcUrl,
    ipfsReplicas: [{ apiUrl: `${stack.ipfs.apiUrl}/api/v0`, token: stack.ipfs.token, name: "local" }],
    ipfsGateways: [stack.ipfs.gatewayUrl],
    chainId: stack.deployment.chainId,
    indexerUrls: [indexer.url],
    workDir: dataDir,
    port: appPort,
  });
  const capital = countryTowns(INDEXED_SHOPS)[0]!;
  const findBread = (profile: string, storage: Record<string, string> = {}) =>
    timeFirstResults({
      pageUrl: `${app.url}/?q=pain`,
      place: { label: capital.name, ...capital.centre },
      storage,
      runs: BROWSER_RUNS,
      workDir: dataDir,
      profile,
      timeoutMs: FIRST_RESULTS_WAIT_MS,
    });
  let throughIndexer: number[];
  let inBrowser: number[];
  try {
    throughIndexer = (await findBread("through-indexer")).map((run) => run.firstResultsMs);
    console.log(`first results through the indexer: ${throughIndexer.join(", ")} ms`);
    const noIndexer = { [`grandrue:indexer:${stack.deployment.chainId}`]: JSON.stringify({ kind: "none" }) };
    // Without the indexer the page may show nothing within the wait: that is the measure (null), not a failure.
    inBrowser = await findBread("in-browser", noIndexer).then(
      (runs) => runs.map((run) => run.firstResultsMs),
      (error: unknown) => {
        if (!(error instanceof Error && error.name === "TimeoutError")) throw error;
        return [];
      },
    );
    console.log(
      inBrowser.length === 0
        ? `first results without it: none within ${FIRST_RESULTS_WAIT_MS / 1000} s`
        : `first results without it: ${inBrowser.join(", ")} ms`,
    );
  } finally {
    await app.stop();
  }
  const firstResultsIndexerMs = median(throughIndexer);
  const firstResultsBrowserMs = inBrowser.length === 0 ? null : median(inBrowser);

  // ── 2. Search at SCALED_SHOPS shops in a database filled with the indexer's own rows ──────────────────────────
  const schemaSql = (
    await run(
      `${await pgBinDir()}/pg_dump`,
      ["--schema-only", "--no-owner", "-t", "country.shop", "-t", "country.label_attestation", postgres.url],
      { maxBuffer: 1 << 24 },
    )
  ).stdout;
  await indexer.stop();
  stoppers.shift();
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query("CREATE DATABASE scaled");
  await admin.end();
  const scaledUrl = postgres.url.replace(/\/postgres$/, "/scaled");
  const pool = new pg.Pool({ connectionString: scaledUrl, max: 8 });
  stoppers.unshift(() => pool.end());
  await pool.query("CREATE SCHEMA country");
  // Without pg_dump's psql meta-commands (\restrict), its empty search_path and Ponder's live-query triggers.
  await pool.query(
    schemaSql
      .replace(/^(\\|CREATE TRIGGER ).*$/gm, "")
      .replace(/^SELECT pg_catalog\.set_config\('search_path'.*$/m, ""),
  );
  const sql = poolSqlClient(pool);
  const features = await createDocumentTables(sql);
  const fillStart = performance.now();
  await fillScaled(pool, sql, syntheticCountry(SCALED_SHOPS).shops);
  // What autovacuum does to a table that stops changing: visibility map and statistics.
  await pool.query("VACUUM ANALYZE");
  console.log(`filled ${SCALED_SHOPS} shops in ${seconds(performance.now() - fillStart)} s`);
  const scaledLatency = await timeQueries(queriesFor(SCALED_SHOPS), (query) =>
    searchShops(
      { sql, chainSchema: "country", features, now: 0n },
      parseSearchRequest(indexerSearchParams({ limit: 20, ...query })),
    ),
  );
  const dbMB = Number(((await sizeOf(scaledUrl, "scaled")) / 1024 / 1024).toFixed(1));

  printTable(
    ["shops", "how", "index (shops/s)", "search p50 (ms)", "search p95 (ms)", "database (MB)"],
    [
      [
        INDEXED_SHOPS,
        `indexed from the chain, ${RPC_URLS} RPC URLs, search over HTTP`,
        indexShopsPerSec,
        httpLatency.p50,
        httpLatency.p95,
        indexedDbMB,
      ],
      [SCALED_SHOPS, "the indexer's rows, searchShops in process", "—", scaledLatency.p50, scaledLatency.p95, dbMB],
    ],
  );
  console.log(`\nThe find page at ${INDEXED_SHOPS} shops, first results for "pain" (median of ${BROWSER_RUNS}):`);
  printTable(
    ["how", "first results (ms)", "goal"],
    [
      ["through the indexer, candidates checked in the browser", firstResultsIndexerMs, "≤ 1000"],
      [
        "without it: the browser reads every shop",
        firstResultsBrowserMs ?? `> ${FIRST_RESULTS_WAIT_MS} (none shown)`,
        "—",
      ],
    ],
  );
  console.log(`\nMedian per query at ${SCALED_SHOPS} shops:`);
  printTable(
    ["query", "median (ms)"],
    scaledLatency.perQuery.map(({ query, medianMs }) => [query, medianMs]),
  );
  const extrapolatedIndexMinutes = Number((SCALED_SHOPS / indexShopsPerSec / 60).toFixed(1));
  console.log(
    `\nAt ${indexShopsPerSec} shops/s, indexing ${SCALED_SHOPS} shops from scratch would take about ${extrapolatedIndexMinutes} min.`,
  );
  console.log(
    `wrote ${await writeResults("country", {
      shops: SCALED_SHOPS,
      indexShopsPerSec,
      searchP50Ms: scaledLatency.p50,
      searchP95Ms: scaledLatency.p95,
      dbMB,
      firstResultsIndexerMs,
      firstResultsBrowserMs,
      details: {
        indexedShops: INDEXED_SHOPS,
        rpcUrls: RPC_URLS,
        indexSeconds: seconds(indexedMs),
        chainFactsSeconds: seconds(chainIndexedMs!),
        extrapolatedIndexMinutesAtScaledShops: extrapolatedIndexMinutes,
        httpSearchP50MsAtIndexedShops: httpLatency.p50,
        httpSearchP95MsAtIndexedShops: httpLatency.p95,
        dbMBAtIndexedShops: indexedDbMB,
        typoIndex: features.trigramSchema === undefined ? "vocabulary-prefix" : "pg_trgm",
        perQueryMedianMsAtScaledShops: scaledLatency.perQuery,
        browserRuns: { throughIndexerMs: throughIndexer, inBrowserMs: inBrowser },
      },
    })}`,
  );
} finally {
  for (const stop of stoppers) await stop().catch((error: unknown) => console.warn(error));
}

async function pgBinDir(): Promise<string> {
  const { stdout } = await run("sh", ["-c", "ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1"]);
  return process.env.GRANDRUE_PG_BIN ?? stdout.trim();
}

async function sizeOf(url: string, database: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ size: string }>("SELECT pg_database_size($1) AS size", [database]);
  await client.end();
  return Number(rows[0]!.size);
}

/**
 * Writes the scaled country as the indexer would: a `shop` row per shop (Ponder's table) and, through the indexer's
 * own store functions, the search rows of each SDK-validated document. Shops the generator marks broken get no
 * metadata or catalog row, inactive ones are inactive.
 */
async function fillScaled(
  pool: pg.Pool,
  sql: ReturnType<typeof poolSqlClient>,
  shops: SearchableShop[],
): Promise<void> {
  const BATCH = 2_000;
  for (let from = 0; from < shops.length; from += BATCH) {
    const batch = shops.slice(from, from + BATCH);
    const rows = batch.map((shop) => ({
      id: shop.shopId.toString(),
      metadataCid: shop.status === "metadata-missing" ? null : `scaled-shop-${shop.shopId}`,
      catalogCid: shop.status === "catalog-missing" ? null : `scaled-catalog-${shop.shopId}`,
      geohash: shop.location?.geohash.slice(0, 9) ?? null,
      isActive: shop.status !== "inactive",
      tokens: shop.acceptedTokens.map((token) => token.toLowerCase()),
    }));
    await pool.query(
      `INSERT INTO country.shop (id, owner, metadata_cid, catalog_cid, geohash, is_active, payment_tokens, has_carrier, rating_count, rating_sum, registered_at_block, updated_at_block)
       SELECT r.id::numeric, '0x0000000000000000000000000000000000000001', r."metadataCid", r."catalogCid", r.geohash, r."isActive",
         ARRAY(SELECT jsonb_array_elements_text(r.tokens)), true, 0, 0, 1, 1
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, "metadataCid" text, "catalogCid" text, geohash text, "isActive" boolean, tokens jsonb)`,
      [JSON.stringify(rows)],
    );
    await Promise.all(
      batch.map(async (shop) => {
        const { metadata, catalog } = syntheticShopDocuments(shop);
        if (shop.status !== "metadata-missing")
          await storeShopDocument(sql, `scaled-shop-${shop.shopId}`, shopSearchRow(parseShopMetadata(metadata)));
        if (shop.status !== "catalog-missing" && shop.status !== "catalog-invalid")
          await storeCatalog(sql, `scaled-catalog-${shop.shopId}`, catalogSearchRows(parseCatalog(catalog)));
      }),
    );
    if ((from + BATCH) % 20_000 === 0) console.log(`filled ${from + BATCH} shops`);
  }
}
