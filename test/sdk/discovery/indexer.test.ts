import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createIpfsClient,
  createMemoryCache,
  encodeGeohash,
  type IpfsClient,
  publishCatalog,
  ShopIndexer,
  setShopActive,
} from "@grandrue/sdk";
import { createFileCache } from "@grandrue/sdk/node";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type RunningIpfsNode, startIpfsNode } from "../../../scripts/ipfs-node.ts";
import { validCatalog, validShop } from "../documents/fixtures.ts";
import { createMarket, type Market } from "../helpers/market.ts";

const TOWN = { lat: 47.3941, lon: 0.6848 };
const FARM = { lat: 47.4605, lon: 0.7412 };

function shopAt(name: string, point: { lat: number; lon: number }, categories: string[]) {
  return {
    ...validShop(),
    logo: undefined,
    name,
    categories,
    location: { ...point, geohash: encodeGeohash(point, 9) },
  };
}

function catalogWith(items: { id: string; title: string }[]) {
  const base = validCatalog().items[0]!;
  return { ...validCatalog(), items: items.map(({ id, title }) => ({ ...base, id, title, images: [] })) };
}

let market: Market;
let ipfsNode: RunningIpfsNode;
let ipfs: IpfsClient;
let dataDir: string;

async function openShopWith(metadata: unknown, catalog: unknown, point = TOWN): Promise<bigint> {
  const metadataCid = await ipfs.addJson(metadata);
  const catalogCid = await ipfs.addJson(catalog);
  return market.openShop(market.accounts.secondMerchant, { metadataCid, catalogCid, geohash: encodeGeohash(point, 8) });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "grandrue-indexer-"));
  ipfsNode = await startIpfsNode({ dataDir: join(dataDir, "ipfs") });
  ipfs = createIpfsClient({ apiUrl: ipfsNode.apiUrl, gateways: [ipfsNode.gatewayUrl], timeoutMs: 2_000 });
  market = await createMarket();
});

afterAll(async () => {
  await ipfsNode?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe("ShopIndexer against a local chain and the embedded IPFS node", () => {
  let bakery: bigint;
  let farm: bigint;
  let brokenMetadata: bigint;
  let brokenCatalog: bigint;
  let indexer: ShopIndexer;

  beforeAll(async () => {
    bakery = await openShopWith(
      shopAt("Boulangerie du Levain", TOWN, ["bakery"]),
      catalogWith([{ id: "levain", title: "Pain au levain" }]),
    );
    farm = await openShopWith(
      shopAt("Ferme des Coteaux", FARM, ["farm-producer"]),
      catalogWith([{ id: "miche", title: "Miche au levain" }]),
      FARM,
    );
    brokenMetadata = await openShopWith(
      { schema: "grandrue.shop/1", name: "<script>alert(1)</script>" },
      catalogWith([{ id: "x", title: "Pain" }]),
    );
    brokenCatalog = await openShopWith(shopAt("Librairie des Halles", TOWN, ["bookshop"]), {
      schema: "grandrue.catalog/1",
      items: "none",
    });
    for (let index = 0; index < 30; index += 1) {
      const point = { lat: TOWN.lat + index * 0.001, lon: TOWN.lon - index * 0.001 };
      await openShopWith(
        shopAt(`Épicerie ${index}`, point, ["grocery"]),
        catalogWith([{ id: `item-${index}`, title: `Confiture ${index}` }]),
        point,
      );
    }
    indexer = new ShopIndexer({
      client: market.publicClient,
      deployment: market.deployment,
      ipfs,
      cache: createMemoryCache(),
      blockRange: 7n,
    });
    await indexer.sync();
  });

  test("lists every registered shop, each with its status", () => {
    expect(indexer.shops.size).toBe(35);
    expect(indexer.shop(bakery)?.status).toBe("ok");
    expect(indexer.shop(bakery)?.metadata?.name).toBe("Boulangerie du Levain");
    expect(indexer.shop(market.shopId)?.status).toBe("metadata-missing");
    expect(indexer.shop(brokenMetadata)?.status).toBe("metadata-invalid");
    expect(indexer.shop(brokenMetadata)?.statusReason).toMatch(/Invalid document/);
    expect(indexer.shop(brokenCatalog)?.status).toBe("catalog-invalid");
  });

  test("finds bread near the town centre, nearest first, and the farm only as farther", () => {
    const near = indexer.search({ text: "pain au levain", near: TOWN, radiusMetres: 1_000 });
    expect(near.map((result) => result.shop.shopId)).toEqual([bakery]);
    expect(near[0]?.isFarther).toBe(false);
    expect(near[0]?.indexed.catalog?.items[0]?.title).toBe("Pain au levain");
  });

  test("falls back to the nearest farther shops when nothing matches near the shopper", () => {
    const results = indexer.search({ text: "miche", near: TOWN, radiusMetres: 1_000 });
    expect(results.map((result) => result.shop.shopId)).toEqual([farm]);
    expect(results[0]?.isFarther).toBe(true);
  });

  test("updates incrementally from the last block seen when a catalog is published", async () => {
    const before = indexer.lastBlock!;
    const catalogCid = await ipfs.addJson(
      catalogWith([
        { id: "levain", title: "Pain au levain" },
        { id: "fougasse", title: "Fougasse aux olives" },
      ]),
    );
    await publishCatalog(market.accounts.secondMerchant, market.deployment, { shopId: bakery, catalogCid });
    const report = await indexer.sync();
    expect(report.fromBlock).toBe(before + 1n);
    expect(report.events).toBe(1);
    expect(report.shopsRefreshed).toBe(1);
    expect(indexer.search({ text: "fougasse" }).map((result) => result.shop.shopId)).toEqual([bakery]);
  });

  test("marks a shop closed to new orders as inactive", async () => {
    await setShopActive(market.accounts.secondMerchant, market.deployment, { shopId: brokenCatalog, isActive: false });
    await indexer.sync();
    expect(indexer.shop(brokenCatalog)?.status).toBe("inactive");
  });

  test("restores from its disk snapshot and continues from the last block", async () => {
    const cache = createFileCache(join(dataDir, "cache"));
    const first = new ShopIndexer({ client: market.publicClient, deployment: market.deployment, ipfs, cache });
    await first.sync();
    const second = new ShopIndexer({ client: market.publicClient, deployment: market.deployment, ipfs, cache });
    expect(await second.restore()).toBe(true);
    expect(second.shops.size).toBe(first.shops.size);
    expect(second.lastBlock).toBe(first.lastBlock);
    const report = await second.sync();
    expect(report.events).toBe(0);
    expect(second.search({ text: "fougasse" })[0]?.shop.shopId).toBe(bakery);
  });

  test("reads the shops nearest its focus first, each searchable as soon as it arrives", async () => {
    const progressive = new ShopIndexer({
      client: market.publicClient,
      deployment: market.deployment,
      ipfs,
      cache: createMemoryCache(),
      concurrency: 1,
    });
    progressive.focusOn(FARM);
    const arrivals: bigint[] = [];
    const pendingSeen: number[] = [];
    const stop = progressive.onChange(() => {
      const arrived = [...progressive.shops.keys()].find((shopId) => !arrivals.includes(shopId))!;
      arrivals.push(arrived);
      pendingSeen.push(progressive.pendingShops);
      if (arrived === farm)
        expect(progressive.search({ text: "miche" }).map((result) => result.shop.shopId)).toEqual([farm]);
    });
    await progressive.sync();
    stop();
    expect(arrivals[0]).toBe(farm);
    expect(arrivals).toHaveLength(35);
    expect(pendingSeen[0]).toBe(34);
    expect(pendingSeen.at(-1)).toBe(0);
    expect(progressive.pendingShops).toBe(0);
  });
});
