/**
 * Documents on several IPFS replicas. Starts three embedded IPFS nodes, each in its own process with its own token,
 * and measures:
 *  - publishing a catalog of 100 items, each with a 200 KB photo (random bytes: as incompressible as a JPEG), to 1,
 *    2 and 3 replicas, as the app does it: the photos one after the other, then the catalog (median of 3 runs, new
 *    photos each run, so every block is new to every node);
 *  - checking, on 1, 2 and 3 replicas, every document of a shop with 200 open orders (profile, catalog, and each
 *    order's line items and sealed address: 402 documents), each answer read from the node and verified.
 * Prints a table and writes bench/results/ipfs.json. Run: npm run bench:ipfs (about 2 minutes).
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  checkShopDocuments,
  createDeliveryCode,
  createIpfsClient,
  type IpfsClient,
  NATIVE_TOKEN,
  placeOrders,
  prepareOrder,
  publishPreparedOrder,
  toCodeHash,
} from "@grandrue/sdk";
import { keccak256, toHex } from "viem";
import { deployProtocol } from "../scripts/lib/deploy-protocol.ts";
import { localClients } from "../scripts/lib/dev-stack/clients.ts";
import { startLocalChain } from "../scripts/lib/dev-stack/localChain.ts";
import { freePorts } from "../scripts/lib/dev-stack/ports.ts";
import { type IpfsProcess, startIpfsProcess } from "../scripts/lib/ipfs/ipfsProcess.ts";
import { printTable, writeResults } from "./lib/results.ts";
import { createSyntheticTown, syntheticShopDocuments } from "./lib/syntheticTown.ts";
import { syntheticTown } from "./search/synthetic-town.ts";

const ITEMS = 100;
const PHOTO_BYTES = 200_000;
const RUNS = 3;
const OPEN_ORDERS = 200;
const ORDERS_PER_CHECKOUT = 32;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const workDir = await mkdtemp(join(tmpdir(), "grandrue-bench-ipfs-"));
const [chainPort, ...nodePorts] = await freePorts(4);
const nodes: IpfsProcess[] = [];
const chain = await startLocalChain({ port: chainPort! });
try {
  for (const [index, port] of nodePorts.entries()) {
    nodes.push(
      await startIpfsProcess({
        port,
        dataDir: join(workDir, `node-${index}`),
        token: randomBytes(24).toString("base64url"),
        allowedOrigins: [],
      }),
    );
  }
  const replicas = nodes.map((node, index) => ({ apiUrl: node.apiUrl, token: node.token, name: `node-${index + 1}` }));
  const clientFor = (count: number): IpfsClient =>
    createIpfsClient({ replicas: replicas.slice(0, count), quorum: count, gateways: [nodes[0]!.gatewayUrl] });

  // A catalog of 100 items, each with its own photo, published as the app publishes one.
  const [shop] = syntheticTown(1, ITEMS);
  const { catalog } = syntheticShopDocuments(shop!);
  const publishing: Record<number, { medianMs: number; runsMs: number[] }> = {};
  for (const count of [1, 2, 3]) {
    const ipfs = clientFor(count);
    const runsMs: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const photos = catalog.items.map(() => new Uint8Array(randomBytes(PHOTO_BYTES)));
      const started = performance.now();
      const images: string[] = [];
      for (const photo of photos) images.push(await ipfs.addBytes(photo));
      await ipfs.addJson({
        ...catalog,
        items: catalog.items.map((item, index) => ({ ...item, images: [images[index]!] })),
      });
      runsMs.push(performance.now() - started);
    }
    publishing[count] = { medianMs: median(runsMs), runsMs };
    console.log(`published to ${count} replica(s): ${runsMs.map(seconds).join(", ")}`);
  }

  // A shop with 200 open orders, every document on all three replicas.
  const { publicClient, accounts, walletFor } = await localClients(chain.rpcUrl);
  const deployment = await deployProtocol({
    publicClient,
    walletClient: walletFor(accounts[0]!),
    withLocalCurrency: false,
  });
  const allThree = clientFor(3);
  const encryptionPublicKey = keccak256(toHex("bench"));
  await createSyntheticTown({
    ipfs: allThree,
    publicClient,
    merchant: walletFor(accounts[1]!),
    registry: deployment.contracts.ShopRegistry.address,
    arbitrator: deployment.contracts.MediatorArbitrator.address,
    size: 1,
  }).register(0, 1);
  const buyer = walletFor(accounts[2]!);
  const item = catalog.items[0]!;
  for (let placed = 0; placed < OPEN_ORDERS; placed += ORDERS_PER_CHECKOUT) {
    const orders = [];
    for (let index = placed; index < Math.min(OPEN_ORDERS, placed + ORDERS_PER_CHECKOUT); index += 1) {
      const prepared = prepareOrder({
        chainId: deployment.chainId,
        buyer: buyer.account.address,
        shopId: 1n,
        catalogCid: "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4",
        priceUnit: "EUR",
        lines: [{ itemId: item.id, title: item.title, quantity: 1, unitPrice: item.price }],
        deliveryFee: "0.00",
        fulfilment: "own-delivery",
        payment: { token: NATIVE_TOKEN, rate: 4n * 10n ** 14n },
        shipping: {
          details: {
            name: `Client ${index}`,
            street: "1 rue du Marché",
            postcode: "69002",
            city: "Lyon",
            country: "FR",
          },
          recipientPublicKeys: [encryptionPublicKey],
        },
      });
      await publishPreparedOrder(allThree, prepared);
      orders.push({
        shopId: 1n,
        token: NATIVE_TOKEN,
        amount: prepared.amount,
        deliveryFee: prepared.deliveryFee,
        arbitrator: deployment.contracts.MediatorArbitrator.address,
        itemsDigest: prepared.itemsDigest,
        shippingDigest: prepared.shippingDigest,
        codeHash: toCodeHash(createDeliveryCode()),
      });
    }
    await placeOrders(buyer, deployment, { orders });
  }
  const checking: Record<number, { ms: number; documents: number; reads: number }> = {};
  for (const count of [1, 2, 3]) {
    const started = performance.now();
    const checks = await checkShopDocuments(publicClient, deployment, clientFor(count), { shopId: 1n });
    const ms = performance.now() - started;
    const missing = checks.filter(({ held }) => held < count);
    if (missing.length > 0) throw new Error(`${missing.length} documents are missing on some replica`);
    checking[count] = { ms, documents: checks.length, reads: checks.length * count };
  }

  printTable(
    ["replicas", `publish ${ITEMS} items + ${ITEMS} photos (median of ${RUNS})`, `check ${OPEN_ORDERS} open orders`],
    [1, 2, 3].map((count) => [
      count,
      seconds(publishing[count]!.medianMs),
      `${seconds(checking[count]!.ms)} (${checking[count]!.documents} documents, ${checking[count]!.reads} reads)`,
    ]),
  );
  const path = await writeResults("ipfs", {
    items: ITEMS,
    photoBytes: PHOTO_BYTES,
    publish: publishing,
    openOrders: OPEN_ORDERS,
    check: checking,
  });
  console.log(`\nwrote ${path}`);
} finally {
  for (const node of nodes) await node.kill();
  await chain.stop();
  await rm(workDir, { recursive: true, force: true });
}
