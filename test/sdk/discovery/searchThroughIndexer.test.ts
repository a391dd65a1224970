import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createIpfsClient,
  createMemoryCache,
  encodeGeohash,
  IndexerMismatchError,
  type IpfsClient,
  readShopRecords,
  searchThroughIndexer,
  setShopActive,
  updateShopMetadata,
} from "@grandrue/sdk";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type RunningIpfsNode, startIpfsNode } from "../../../scripts/ipfs-node.ts";
import { validCatalog, validShop } from "../documents/fixtures.ts";
import { createMarket, type Market } from "../helpers/market.ts";

const TOWN = { lat: 47.3941, lon: 0.6848 };
const EDGE = { lat: 47.4041, lon: 0.6848 }; // 1.1 km north

type Candidate = { shopId: string; metadataCid: string; catalogCid: string | null; score?: number };

let market: Market;
let ipfsNode: RunningIpfsNode;
let ipfs: IpfsClient;
let dataDir: string;
const opened = new Map<string, { shopId: bigint; metadataCid: string; catalogCid: string }>();

async function openShop(key: string, name: string, point: { lat: number; lon: number }, item: string) {
  const base = validCatalog().items[0]!;
  const metadataCid = await ipfs.addJson({
    ...validShop(),
    logo: undefined,
    name,
    categories: ["bakery"],
    location: { ...point, geohash: encodeGeohash(point, 9) },
  });
  const catalogCid = await ipfs.addJson({
    ...validCatalog(),
    items: [{ ...base, id: item.replaceAll(" ", "-"), title: item, images: [] }],
  });
  const shopId = await market.openShop(market.accounts.secondMerchant, {
    metadataCid,
    catalogCid,
    geohash: encodeGeohash(point, 8),
  });
  opened.set(key, { shopId, metadataCid, catalogCid });
}

/** An indexer that answers `GET /search` with these candidates (shop ids as decimal strings), whatever is asked. */
function fakeIndexer(candidates: Candidate[], chainId = 31337): typeof fetch {
  return async () =>
    Response.json({
      chainId,
      block: { number: 1, timestamp: 1 },
      terms: [],
      offset: 0,
      limit: 50,
      hasMore: false,
      results: candidates.map((candidate) => ({
        status: "listed",
        isFarther: false,
        matchedItems: [],
        score: 1,
        ...candidate,
      })),
    });
}

const candidate = (key: string, score = 1): Candidate => {
  const shop = opened.get(key)!;
  return { shopId: String(shop.shopId), metadataCid: shop.metadataCid, catalogCid: shop.catalogCid, score };
};

function search(candidates: Candidate[], text = "pain", chainId = 31337) {
  return searchThroughIndexer(market.publicClient, market.deployment, {
    indexerUrl: "http://indexer.test",
    query: { text, near: TOWN },
    ipfs,
    cache: createMemoryCache(),
    fetch: fakeIndexer(candidates, chainId),
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "grandrue-through-indexer-"));
  ipfsNode = await startIpfsNode({ dataDir: join(dataDir, "ipfs") });
  ipfs = createIpfsClient({ apiUrl: ipfsNode.apiUrl, gateways: [ipfsNode.gatewayUrl], timeoutMs: 2_000 });
  market = await createMarket();
  await openShop("near", "Boulangerie du Centre", TOWN, "pain de campagne");
  await openShop("far", "Boulangerie du Nord", EDGE, "pain de seigle");
  await openShop("moved", "Boulangerie des Halles", TOWN, "pain aux noix");
  const moved = opened.get("moved")!;
  const newMetadata = await ipfs.addJson({
    ...validShop(),
    logo: undefined,
    name: "Boulangerie des Halles",
    location: { ...TOWN, geohash: encodeGeohash(TOWN, 9) },
  });
  await updateShopMetadata(market.accounts.secondMerchant, market.deployment, {
    shopId: moved.shopId,
    metadataCid: newMetadata,
    geohash: encodeGeohash(TOWN, 8),
  });
}, 120_000);

afterAll(async () => {
  await ipfsNode?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe("readShopRecords", () => {
  test("rebuilds only the shops asked for, with their current CIDs, and leaves out ids never registered", async () => {
    const moved = opened.get("moved")!;
    const { records } = await readShopRecords(market.publicClient, market.deployment, {
      shopIds: [opened.get("near")!.shopId, moved.shopId, 999n],
    });
    expect([...records.keys()]).toEqual([opened.get("near")!.shopId, moved.shopId]);
    expect(records.get(moved.shopId)!.metadataCid).not.toBe(moved.metadataCid);
    expect(records.get(moved.shopId)!.catalogCid).toBe(moved.catalogCid);
    expect(records.get(moved.shopId)!.owner).toBe(market.accounts.secondMerchant.account.address);
  });
});

describe("searchThroughIndexer against a lying indexer", () => {
  test("ranks the candidates with the SDK's own engine, whatever order and scores the indexer gave", async () => {
    const { results, discrepancies } = await search([candidate("far", 9), candidate("near", 0.1)]);
    expect(results.map((result) => result.shop.shopId)).toEqual([
      opened.get("near")!.shopId,
      opened.get("far")!.shopId,
    ]);
    expect(results[0]!.indexed.metadata!.name).toBe("Boulangerie du Centre");
    expect(results[0]!.matchedItems.map((item) => item.id)).toEqual(["pain-de-campagne"]);
    expect(discrepancies).toEqual([]);
  });

  test("drops an invented shop and counts it", async () => {
    const invented = { shopId: "999", metadataCid: opened.get("near")!.metadataCid, catalogCid: null, score: 5 };
    const { results, discrepancies, candidateCount } = await search([invented, candidate("far")]);
    expect(results.map((result) => result.shop.shopId)).toEqual([opened.get("far")!.shopId]);
    expect(discrepancies).toEqual([{ kind: "unknown-shop", shopId: 999n }]);
    expect(candidateCount).toBe(2);
  });

  test("drops a shop named with a CID that is no longer its metadata, and one with a made-up catalog", async () => {
    const near = opened.get("near")!;
    const madeUp = { ...candidate("near"), catalogCid: opened.get("far")!.catalogCid };
    const { results, discrepancies } = await search([candidate("moved"), madeUp, candidate("far")]);
    expect(results.map((result) => result.shop.shopId)).toEqual([opened.get("far")!.shopId]);
    expect(discrepancies).toEqual([
      expect.objectContaining({ kind: "stale-metadata", shopId: opened.get("moved")!.shopId }),
      { kind: "stale-catalog", shopId: near.shopId, claimed: opened.get("far")!.catalogCid, current: near.catalogCid },
    ]);
  });

  test("drops a shop proposed twice", async () => {
    const { results, discrepancies } = await search([candidate("near"), candidate("near")]);
    expect(results).toHaveLength(1);
    expect(discrepancies).toEqual([{ kind: "repeated", shopId: opened.get("near")!.shopId }]);
  });

  test("shows a candidate the chain says is closed only as the engine does: by its name", async () => {
    const far = opened.get("far")!;
    await setShopActive(market.accounts.secondMerchant, market.deployment, { shopId: far.shopId, isActive: false });
    expect((await search([candidate("far")], "pain")).results).toEqual([]);
    const byName = await search([candidate("far")], "boulangerie nord");
    expect(byName.results.map((result) => result.shop.status)).toEqual(["inactive"]);
    await setShopActive(market.accounts.secondMerchant, market.deployment, { shopId: far.shopId, isActive: true });
  });

  test("refuses an indexer that follows another chain", async () => {
    await expect(search([candidate("near")], "pain", 100)).rejects.toThrow(IndexerMismatchError);
  });
});
