/**
 * The indexer service over the demo town, on the embedded PGlite and on a PostgreSQL server of the test's own: what
 * it indexes, the search semantics (compared with the in-browser search on the same chain), filters, paging, bad
 * input and the rate limit. Each answer goes through the SDK's indexer client, so the HTTP contract is checked too.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ShopSearchQuery } from "@grandrue/sdk";
import {
  createIpfsReader,
  createMemoryCache,
  IndexerQueryError,
  IndexerRateLimitedError,
  type IndexerSearchQuery,
  ShopIndexer,
  searchIndexer,
} from "@grandrue/sdk";
import { createPublicClient, http } from "viem";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type RunningIndexer, startIndexer } from "../../indexer/startIndexer.ts";
import { DEMO_PLACES, DEMO_TOWN, labelIssuerAccountIndex } from "../../scripts/lib/demo-town/index.ts";
import { freePorts } from "../../scripts/lib/dev-stack/ports.ts";
import { type DevStack, startDevStack } from "../../scripts/lib/dev-stack/startDevStack.ts";
import { type RunningPostgres, startPostgres } from "../../scripts/lib/postgres/startPostgres.ts";
import { type SeededTown, seedDemoTown } from "../../scripts/lib/seed/seedDemoTown.ts";
import { waitForIndexer } from "./support.ts";

const RATE_LIMIT = 400;
const place = (key: (typeof DEMO_PLACES)[number]["key"]) =>
  DEMO_PLACES.find((candidate) => candidate.key === key)!.location;
const centre = DEMO_TOWN.centre;

let dataDir: string;
let stack: DevStack;
let seeded: SeededTown;
let browser: ShopIndexer;
let postgres: RunningPostgres;
const indexers = new Map<string, RunningIndexer>();

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "grandrue-indexer-search-"));
  const [chain, ipfs] = (await freePorts(2)) as [number, number];
  stack = await startDevStack({
    ports: { chain, ipfs },
    withApp: false,
    ipfsDataDir: join(dataDir, "ipfs"),
    seed: async ({ rpcUrl, deployment, ipfs: node }) => {
      seeded = await seedDemoTown({ rpcUrl, deployment, ipfs: node });
    },
  });
  const client = createPublicClient({ transport: http(stack.rpcUrl) });
  browser = new ShopIndexer({
    client,
    deployment: stack.deployment,
    ipfs: createIpfsReader({ gateways: [stack.ipfs.gatewayUrl] }),
    cache: createMemoryCache(),
  });
  await browser.sync();
  postgres = await startPostgres();
  const common = {
    rpcUrl: stack.rpcUrl,
    deployment: stack.deployment,
    ipfsGateway: stack.ipfs.gatewayUrl,
    rateLimitPerMinute: RATE_LIMIT,
  };
  indexers.set("PGlite", await startIndexer({ ...common, dataDir: join(dataDir, "pglite") }));
  indexers.set(
    "PostgreSQL",
    await startIndexer({
      ...common,
      dataDir: join(dataDir, "pg"),
      postgres: { url: postgres.url, schema: "grandrue_test" },
    }),
  );
  const block = await client.getBlockNumber();
  const documents = new Set(
    [...browser.shops.values()].flatMap((shop) => [`s${shop.metadataCid}`, `c${shop.catalogCid}`]),
  ).size;
  await Promise.all([...indexers.values()].map((indexer) => waitForIndexer(indexer.url, { block, documents })));
}, 240_000);

afterAll(async () => {
  for (const indexer of indexers.values()) await indexer.stop();
  await stack?.stop();
  await postgres?.stop();
  if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
});

/** What the browser's own search finds for the same query: shop ids with their "farther" flag. */
function browserFinds(query: ShopSearchQuery): string[] {
  return browser.search(query).map((result) => `${result.shop.shopId}${result.isFarther ? " (farther)" : ""}`);
}

const COMPARED_QUERIES: [string, ShopSearchQuery][] = [
  ["words, near the market square", { text: "pain au levain", near: centre }],
  ["an accented word typed without accents", { text: "velo", near: centre }],
  ["capitals and accents", { text: "VÉLO" }],
  ["a prefix", { text: "fromag", near: centre }],
  ["stop words only around meaningful ones", { text: "le pain de la ferme" }],
  ["a typo of one letter in a long word", { text: "chocolta" }],
  ["no text, a small radius", { near: centre, radiusMetres: 400 }],
  ["the farm hamlet", { text: "pain au levain", near: place("hameau-des-noues") }],
  ["nothing near: the farther fallback", { text: "roman", near: place("hameau-des-noues") }],
  ["nothing within 2 km at all", { text: "pain au levain", near: place("la-graviere") }],
  ["delivery only", { near: centre, fulfilment: "delivery" }],
  ["pickup and a category", { text: "pain", categories: ["bakery"], fulfilment: "pickup" }],
  ["a shop label", { labels: ["organic"] }],
  ["unavailable items included", { text: "pain", includeUnavailable: true }],
  // Issue 15: no typo of a 4-letter word ("main"), no part of a hyphenated word ("grille-pain").
  ["bread, not the repair café's toasters", { text: "pain", near: centre }],
  // Issue 15: every word in one item (with the shop's own text), never gathered from two.
  ["an inner tube, not the butcher's cold room and free-range chicken", { text: "chambre à air", near: centre }],
];

describe.each(["PGlite", "PostgreSQL"])("the indexer on %s", (backend) => {
  const url = () => indexers.get(backend)!.url;
  const search = (query: IndexerSearchQuery) => searchIndexer(url(), { limit: 50, ...query });
  const found = async (query: IndexerSearchQuery) =>
    (await search(query)).results.map((result) => `${result.shopId}${result.isFarther ? " (farther)" : ""}`);

  test.each(COMPARED_QUERIES)("finds the shops the in-browser search finds: %s", async (_name, query) => {
    const expected = browserFinds(query);
    expect(expected.length).toBeGreaterThan(0);
    expect((await found(query)).sort()).toEqual(expected.sort());
  });

  test("finds bread for pain and the bike shop's inner tube for chambre à air, and nothing else", async () => {
    const name = (shopId: string) => browser.shop(BigInt(shopId))?.metadata?.name;
    expect((await found({ text: "pain", near: centre })).map(name)).toEqual([
      "Le Fournil de la Halle",
      "La Musette, épicerie vrac",
    ]);
    expect((await found({ text: "chambre à air", near: centre })).map(name)).toEqual(["Cycles Girard"]);
  });

  test("orders shops by score, then distance, then shop id, like the browser", async () => {
    const query = { near: centre, radiusMetres: 1_500 };
    expect(await found(query)).toEqual(browserFinds(query));
    const farther = { text: "pain au levain", near: place("la-graviere") };
    expect(await found(farther)).toEqual(browserFinds(farther));
  });

  test("answers each shop's current CIDs, its distance and the indexed block", async () => {
    const answer = await search({ text: "pain au levain", near: centre });
    expect(answer.chainId).toBe(stack.deployment.chainId);
    expect(answer.block?.number).toBeGreaterThan(0);
    const bakery = answer.results.find((result) => result.shopId === seeded.shops.get("fournil-de-la-halle"))!;
    const indexed = browser.shop(bakery.shopId)!;
    expect(bakery).toMatchObject({
      metadataCid: indexed.metadataCid,
      catalogCid: indexed.catalogCid,
      status: "listed",
      isFarther: false,
    });
    expect(bakery.distanceMetres).toBeCloseTo(
      browser.search({ text: "pain au levain", near: centre }).find((r) => r.shop.shopId === bakery.shopId)!
        .distanceMetres!,
      3,
    );
    expect(bakery.matchedItems.length).toBeGreaterThan(0);
  });

  test("keeps shops whose label attestation is valid now, not expired or revoked ones", async () => {
    const ids = async (query: IndexerSearchQuery) =>
      (await search(query)).results.map((result) => result.shopId).sort();
    const shops = (...keys: Parameters<SeededTown["shops"]["get"]>[0][]) =>
      keys.map((key) => seeded.shops.get(key)!).sort();
    expect(await ids({ attested: { label: "bio" } })).toEqual(shops("ferme-des-noues", "epicerie-la-musette"));
    expect(await ids({ attested: { label: "fait-main" } })).toEqual(shops("fournil-de-la-halle", "repair-cafe"));
    const valBio = stack.accounts[labelIssuerAccountIndex("val-bio")]!;
    expect(await ids({ attested: { label: "bio", issuers: [valBio] } })).toEqual(
      shops("ferme-des-noues", "epicerie-la-musette"),
    );
    expect(await ids({ attested: { label: "bio", issuers: [stack.accounts[5]!] } })).toEqual([]);
  });

  test("pages through results in a stable order", async () => {
    const all = await found({ near: centre, radiusMetres: 5_000 });
    const pages = [
      ...(await found({ near: centre, radiusMetres: 5_000, limit: 4 })),
      ...(await found({ near: centre, radiusMetres: 5_000, limit: 4, offset: 4 })),
    ];
    expect(pages).toEqual(all.slice(0, 8));
    expect((await search({ near: centre, radiusMetres: 5_000, limit: 4 })).hasMore).toBe(true);
  });

  test.each([
    ["lat without lon", "lat=47.7", "lon"],
    ["a latitude out of range", "lat=91&lon=2", "lat"],
    ["a radius that is not a number", "lat=47.7&lon=2.4&radius=far", "radius"],
    ["a page too large", "limit=500", "limit"],
    ["an offset too deep", "offset=100000", "offset"],
    ["an unknown fulfilment", "fulfilment=drone", "fulfilment"],
    ["an unknown parameter", "qq=pain", "qq"],
    ["a repeated parameter", "q=pain&q=vin", "q"],
    ["a query too long", `q=${"pain ".repeat(50)}`, "q"],
    ["an issuer that is not an address", "attested=bio&issuer=val-bio", "issuer"],
  ])("answers 400 naming the parameter for %s", async (_name, query, parameter) => {
    const response = await fetch(`${url()}/search?${query}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "bad-request", parameter });
  });

  test("the client turns a 400 into an IndexerQueryError naming the parameter", async () => {
    await expect(searchIndexer(url(), { limit: 51 })).rejects.toMatchObject({
      name: IndexerQueryError.name,
      parameter: "limit",
    });
  });
});

test("finds typos through pg_trgm on PostgreSQL, and says which typo index it has", async () => {
  const info = async (name: string) =>
    (await fetch(`${indexers.get(name)!.url}/info`)).json() as Promise<{ features: { typoIndex: string } }>;
  expect((await info("PostgreSQL")).features.typoIndex).toBe("pg_trgm");
  expect((await info("PGlite")).features.typoIndex).toBe("vocabulary-prefix");
  // A typo in the first letters is beyond the vocabulary prefix, within reach of trigrams.
  const answer = await searchIndexer(indexers.get("PostgreSQL")!.url, { text: "vromagerie" });
  expect(answer.results.map((result) => result.shopId)).toContain(seeded.shops.get("fromagerie-vallet"));
});

test("limits requests per IP address with 429 and RateLimit headers", async () => {
  const url = indexers.get("PGlite")!.url;
  let limited: Response | undefined;
  for (let request = 0; request <= RATE_LIMIT && limited === undefined; request++) {
    const response = await fetch(`${url}/info`);
    if (response.status === 429) limited = response;
    else await response.arrayBuffer();
  }
  expect(limited?.status).toBe(429);
  expect(limited?.headers.get("ratelimit-policy")).toContain(String(RATE_LIMIT));
  expect(await limited?.json()).toMatchObject({ error: "rate-limited" });
  await expect(searchIndexer(url, { text: "pain" })).rejects.toBeInstanceOf(IndexerRateLimitedError);
});
