import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  createIpfsClient,
  createMemoryCache,
  createRelayerClient,
  getIndexerInfo,
  getOrderWarranty,
  getShop,
  getShopBonds,
  getShopLabels,
  getShopReviews,
  getStampCards,
  listOrders,
  parseLabelIssuerProfile,
  parseLoyaltyReward,
  priceToTokenAmount,
  ShopIndexer,
  searchIndexer,
} from "@grandrue/sdk";
import { createPublicClient, erc20Abi, http } from "viem";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { devRelayerAccount } from "../../relayer/lib/keys/loadRelayerKey.ts";
import {
  DEMO_GUARANTEE_BONDS,
  DEMO_LABEL_ATTESTATIONS,
  DEMO_PAST_ORDERS,
  DEMO_PAYMENT_RATES,
  DEMO_SHOPS,
  DEMO_TOWN,
  demoShopper,
  labelIssuerAccountIndex,
} from "../../scripts/lib/demo-town/index.ts";
import { ensurePortsFree, freePorts, PortInUseError } from "../../scripts/lib/dev-stack/ports.ts";
import { type DevStack, startDevStack } from "../../scripts/lib/dev-stack/startDevStack.ts";
import { type SeededTown, seedDemoTown } from "../../scripts/lib/seed/seedDemoTown.ts";

const DAY = 86_400;

// Free ports from the OS, so the test runs beside a developer's `npm run dev` and other test runs.
const [chainPort, ipfsPort, appPort, indexerPort, relayerPort] = (await freePorts(5)) as [
  number,
  number,
  number,
  number,
  number,
];
const PORTS = { chain: chainPort, ipfs: ipfsPort, app: appPort, indexer: indexerPort, relayer: relayerPort };
const STATUS_OF_OUTCOME: Record<string, string> = {
  paid: "Paid",
  accepted: "Accepted",
  "in-transit": "Shipped",
  delivered: "Delivered",
  completed: "Completed",
  reviewed: "Completed",
  disputed: "Disputed",
  cancelled: "Cancelled",
  declined: "Declined",
};

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
let dataDir: string;
let stack: DevStack;
let seeded: SeededTown;

async function startSeeded(): Promise<DevStack> {
  return startDevStack({
    ports: PORTS,
    withApp: false,
    withIndexer: true,
    withRelayer: true,
    relayerDataDir: join(dataDir, "relayer"),
    ipfsDataDir: join(dataDir, "ipfs"),
    indexerDataDir: join(dataDir, "indexer"),
    seed: async ({ rpcUrl, deployment, ipfs }) => {
      seeded = await seedDemoTown({ rpcUrl, deployment, ipfs });
    },
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "grandrue-dev-stack-"));
  stack = await startSeeded();
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe("the dev stack, started as npm run dev starts it (without the browser)", () => {
  test("serves the chain, the IPFS node and the deployment on 127.0.0.1", async () => {
    expect(stack.rpcUrl).toBe(`http://127.0.0.1:${PORTS.chain}`);
    const client = createPublicClient({ transport: http(stack.rpcUrl) });
    expect(await client.getChainId()).toBe(31337);
    expect(await client.getCode({ address: stack.deployment.contracts.Escrow.address })).toMatch(/^0x6080/);
    const version = await fetch(`${stack.ipfs.apiUrl}/api/v0/version`, { method: "POST" });
    expect(version.status).toBe(200);
  });

  test("runs a relayer with the public dev account (not Zoé's), taking fees in the local currency and EURC", async () => {
    expect(stack.relayer?.url).toBe(`http://127.0.0.1:${PORTS.relayer}`);
    const policy = await createRelayerClient({ url: stack.relayer!.url }).getPolicy();
    expect(policy).toMatchObject({ chainId: 31337, relayer: devRelayerAccount().address });
    expect(policy.acceptedTokens.map((token) => token.address)).toEqual([
      stack.deployment.contracts.LocalCurrency!.address,
      stack.deployment.tokens!.EURC!.address,
    ]);
    expect(policy.relayer).not.toBe(stack.accounts[demoShopper("zoe").accountIndex]);
    const client = createPublicClient({ transport: http(stack.rpcUrl) });
    expect(await client.getBalance({ address: policy.relayer })).toBeGreaterThan(0n);
  });

  test("guards IPFS writes with a token made for this run, kept for the CLI in a file only this user can read", async () => {
    const anonymous = createIpfsClient({ apiUrl: stack.ipfs.apiUrl, gateways: [] });
    await expect(anonymous.addJson({ spam: true })).rejects.toThrow(/HTTP 401/);
    expect(stack.ipfsTokenFile.startsWith(ROOT)).toBe(false);
    expect((await readFile(stack.ipfsTokenFile, "utf8")).trim()).toBe(stack.ipfs.token);
    expect((await stat(stack.ipfsTokenFile)).mode & 0o077).toBe(0);
  });

  test("has the seeded town readable through the SDK: every shop with a valid metadata and catalog", async () => {
    const client = createPublicClient({ transport: http(stack.rpcUrl) });
    const ipfs = createIpfsClient({
      apiUrl: stack.ipfs.apiUrl,
      token: stack.ipfs.token,
      gateways: [stack.ipfs.gatewayUrl],
    });
    const indexer = new ShopIndexer({ client, deployment: stack.deployment, ipfs, cache: createMemoryCache() });
    await indexer.sync();
    expect(indexer.shops.size).toBe(DEMO_SHOPS.length);
    for (const shop of indexer.shops.values()) {
      expect(shop.status, `${shop.shopId}: ${shop.statusReason}`).toBe("ok");
      expect(shop.catalog!.items.length).toBeGreaterThanOrEqual(5);
    }
    const bakery = seeded.shops.get("fournil-de-la-halle")!;
    expect(
      indexer.search({ text: "pain au levain", near: indexer.shop(bakery)!.metadata!.location })[0]?.shop.shopId,
    ).toBe(bakery);
  });

  test("has Circle's EURC (6 decimals), taken by six shops, and Zoé holding 250 of it and exactly zero native coin", async () => {
    const client = createPublicClient({ transport: http(stack.rpcUrl) });
    const eurc = stack.deployment.tokens?.EURC;
    expect(eurc).toBeDefined();
    const token = { address: eurc!.address, abi: erc20Abi } as const;
    expect(await client.readContract({ ...token, functionName: "decimals" })).toBe(6);
    expect(await client.readContract({ ...token, functionName: "symbol" })).toBe("EURC");
    expect(await client.readContract({ ...token, functionName: "name" })).toBe("Euro Coin");
    const zoe = stack.accounts[demoShopper("zoe").accountIndex]!;
    expect(await client.getBalance({ address: zoe })).toBe(0n);
    expect(await client.readContract({ ...token, functionName: "balanceOf", args: [zoe] })).toBe(250_000_000n);
    const shops = await Promise.all(
      [...seeded.shops.values()].map((shopId) => getShop(client, stack.deployment, { shopId })),
    );
    const rates = shops.flatMap(({ acceptance }) =>
      acceptance.payments.filter((payment) => payment.token === eurc!.address).map((payment) => payment.rate),
    );
    expect(rates).toEqual(Array(6).fill(10n ** 6n));
  });

  test("has past orders in every state, and the reviewed ones carry a review and a reply", async () => {
    const client = createPublicClient({ transport: http(stack.rpcUrl) });
    const orders = (
      await Promise.all(
        [...new Set(DEMO_PAST_ORDERS.map((order) => order.shop))].map((key) =>
          listOrders(client, stack.deployment, { shopId: seeded.shops.get(key)! }),
        ),
      )
    ).flat();
    for (const demoOrder of DEMO_PAST_ORDERS) {
      const order = orders.find((candidate) => candidate.orderId === seeded.orders.get(demoOrder.key));
      expect(order?.state.status, demoOrder.key).toBe(STATUS_OF_OUTCOME[demoOrder.outcome.status]);
    }
    const now = Number((await client.getBlock()).timestamp);
    expect(Math.abs(now - Date.now() / 1000), "the chain clock is back at the wall clock").toBeLessThan(3_600);
    for (const order of orders.filter((candidate) =>
      ["Paid", "Accepted", "Shipped", "Disputed"].includes(candidate.state.status),
    )) {
      expect(
        order.state.deadline,
        `order ${order.orderId} (${order.state.status}) is still within its window`,
      ).toBeGreaterThan(now);
    }
    const reviewed = DEMO_PAST_ORDERS.find((order) => order.outcome.status === "reviewed")!;
    const reviews = await getShopReviews(client, stack.deployment, { shopId: seeded.shops.get(reviewed.shop)! });
    expect(reviews.reviews.length).toBeGreaterThan(0);
  });

  test("runs the open indexer beside them, which finds the seeded bakery once it has read the town", async () => {
    expect(stack.indexer?.url).toBe(`http://127.0.0.1:${PORTS.indexer}`);
    await stack.indexer!.ready;
    const info = await getIndexerInfo(stack.indexer!.url);
    expect(info.deployment.contracts.ShopRegistry?.address).toBe(stack.deployment.contracts.ShopRegistry.address);
    const bakery = seeded.shops.get("fournil-de-la-halle")!;
    // The backfill goes on after the API answers: the seeded shops arrive within seconds.
    await expect
      .poll(
        async () => {
          const { results } = await searchIndexer(stack.indexer!.url, {
            text: "pain au levain",
            near: DEMO_TOWN.centre,
          });
          return results[0]?.shopId;
        },
        { timeout: 60_000, interval: 500 },
      )
      .toBe(bakery);
  }, 90_000);

  test("has stamps on Camille’s bakery card and Yanis’s cheese card, earned by their completed orders", async () => {
    const client = createPublicClient({ transport: http(stack.rpcUrl) });
    const ipfs = createIpfsClient({
      apiUrl: stack.ipfs.apiUrl,
      token: stack.ipfs.token,
      gateways: [stack.ipfs.gatewayUrl],
    });
    const loyalty = stack.deployment.services!.LoyaltyStamps!;
    const completed = (buyer: string, shop: string) =>
      DEMO_PAST_ORDERS.filter(
        (order) =>
          order.buyer === buyer &&
          order.shop === shop &&
          (order.outcome.status === "completed" || order.outcome.status === "reviewed"),
      ).length;
    const camilleCards = await getStampCards(client, loyalty, {
      buyer: stack.accounts[demoShopper("camille").accountIndex]!,
    });
    const bakeryCard = camilleCards.find((card) => card.shopId === seeded.shops.get("fournil-de-la-halle"));
    expect(bakeryCard).toMatchObject({
      balance: completed("camille", "fournil-de-la-halle"),
      rewardThreshold: 10,
      isProgramActive: true,
    });
    expect(bakeryCard!.balance).toBeGreaterThanOrEqual(1);
    expect(parseLoyaltyReward(await ipfs.getJson(bakeryCard!.rewardCid!)).title).toBe("Une baguette offerte");
    const yanisCards = await getStampCards(client, loyalty, {
      buyer: stack.accounts[demoShopper("yanis").accountIndex]!,
    });
    expect(yanisCards.find((card) => card.shopId === seeded.shops.get("fromagerie-vallet"))?.balance).toBe(
      completed("yanis", "fromagerie-vallet"),
    );
  });

  test("has the bike shop’s bond with its two-year warranty running on Camille’s completed order", async () => {
    const client = createPublicClient({ transport: http(stack.rpcUrl) });
    const bonds = stack.deployment.services!.GuaranteeBonds!;
    const leman = stack.deployment.contracts.LocalCurrency!.address;
    for (const demoBond of DEMO_GUARANTEE_BONDS) {
      const [bond, ...others] = await getShopBonds(client, bonds, { shopId: seeded.shops.get(demoBond.shop)! });
      expect(others, demoBond.shop).toEqual([]);
      expect(bond, demoBond.shop).toMatchObject({
        token: leman,
        balance: priceToTokenAmount(demoBond.amount, DEMO_PAYMENT_RATES[demoBond.payment]),
        locked: 0n,
      });
      expect(bond!.warrantyPeriodSeconds, demoBond.shop).toBe(demoBond.warrantyDays * DAY);
    }
    const now = Number((await client.getBlock()).timestamp);
    const { endsAt, claim } = await getOrderWarranty(client, bonds, {
      orderId: seeded.orders.get("camille-cycles-completed")!,
    });
    expect(claim).toBeUndefined();
    expect(endsAt).toBeGreaterThan(now + 700 * DAY);
    expect(endsAt).toBeLessThanOrEqual(now + 730 * DAY);
  });

  test("has every seeded label with its issuer, and shows the expired and the revoked ones as invalid", async () => {
    const client = createPublicClient({ transport: http(stack.rpcUrl) });
    const ipfs = createIpfsClient({
      apiUrl: stack.ipfs.apiUrl,
      token: stack.ipfs.token,
      gateways: [stack.ipfs.gatewayUrl],
    });
    const labels = stack.deployment.services!.LabelAttestations!;
    for (const demo of DEMO_LABEL_ATTESTATIONS) {
      const name = `${demo.issuer} → ${demo.shop}: ${demo.label}`;
      const shopLabels = await getShopLabels(client, labels, { shopId: seeded.shops.get(demo.shop)! });
      const issuer = stack.accounts[labelIssuerAccountIndex(demo.issuer)]!;
      const found = shopLabels.filter((label) => label.issuer === issuer && label.label === demo.label);
      expect(found, name).toHaveLength(1);
      expect(found[0]!.isValid, name).toBe(demo.outcome.status === "valid");
      expect(found[0]!.isRevoked, name).toBe(demo.outcome.status === "revoked");
      const profile = parseLabelIssuerProfile(await ipfs.getJson(found[0]!.issuerProfileCid!));
      expect(profile.name, name).toBe(found[0]!.issuerName);
      expect(
        profile.labels.map((label) => label.slug),
        name,
      ).toContain(demo.label);
    }
  });

  test("names the port that is taken instead of starting", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const taken = (blocker.address() as { port: number }).port;
    const [otherIpfsPort] = (await freePorts(1)) as [number];
    await expect(startDevStack({ ports: { chain: taken, ipfs: otherIpfsPort }, withApp: false })).rejects.toThrow(
      new PortInUseError(taken, "local chain"),
    );
    await new Promise((resolve) => blocker.close(resolve));
  });

  test("frees every port when stopped, starts again, and keeps what IPFS stored", async () => {
    const bakery = seeded.shops.get("fournil-de-la-halle")!;
    const client = createPublicClient({ transport: http(stack.rpcUrl) });
    const ipfs = createIpfsClient({
      apiUrl: stack.ipfs.apiUrl,
      token: stack.ipfs.token,
      gateways: [stack.ipfs.gatewayUrl],
    });
    const indexer = new ShopIndexer({ client, deployment: stack.deployment, ipfs, cache: createMemoryCache() });
    await indexer.sync();
    const catalogCid = indexer.shop(bakery)!.catalogCid!;
    await stack.stop();
    await expect(stat(stack.ipfsTokenFile)).rejects.toThrow(/ENOENT/);
    await ensurePortsFree([
      { port: PORTS.chain, service: "chain" },
      { port: PORTS.ipfs, service: "ipfs" },
      { port: PORTS.indexer, service: "indexer" },
    ]);
    stack = await startDevStack({ ports: PORTS, withApp: false, ipfsDataDir: join(dataDir, "ipfs") });
    const restarted = createIpfsClient({
      apiUrl: stack.ipfs.apiUrl,
      token: stack.ipfs.token,
      gateways: [stack.ipfs.gatewayUrl],
    });
    expect(await restarted.getJson(catalogCid)).toMatchObject({ schema: "grandrue.catalog/2" });
  }, 60_000);
});
