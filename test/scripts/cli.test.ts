import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  cidOfDigest,
  createDeliveryCode,
  createIpfsClient,
  type Deployment,
  decodeDocument,
  deriveEncryptionKeyPair,
  encryptionKeyTypedData,
  getCarrier,
  getOrder,
  getOrderState,
  getOrderTimeline,
  getShop,
  type IpfsClient,
  type MarketWalletClient,
  NATIVE_TOKEN,
  orderIdHex,
  orderReference,
  placeOrders,
  prepareOrder,
  publishPreparedOrder,
  toCodeHash,
} from "@grandrue/sdk";
import { type Address, createPublicClient, createWalletClient, http, type PublicClient, toHex } from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type RunningIpfsNode, startIpfsNode } from "../../scripts/ipfs-node.ts";
import { CLI_COMMANDS } from "../../scripts/lib/cli/commands.ts";
import { formatTime } from "../../scripts/lib/cli/format.ts";
import { DEMO_PAST_ORDERS, demoShopper } from "../../scripts/lib/demo-town/index.ts";
import { deployProtocol } from "../../scripts/lib/deploy-protocol.ts";
import { localChainFor, localClients } from "../../scripts/lib/dev-stack/clients.ts";
import { ensurePortsFree, freePorts } from "../../scripts/lib/dev-stack/ports.ts";
import { type DevStack, startDevStack } from "../../scripts/lib/dev-stack/startDevStack.ts";
import { parseApiAuthorizations } from "../../scripts/lib/ipfs/authorizations.ts";
import { type SeededTown, seedDemoTown } from "../../scripts/lib/seed/seedDemoTown.ts";
import { type FakeGateway, startFakeGateway, tempDataDir } from "../ipfs/support.ts";

// Free ports from the OS, so the test runs beside `npm run dev`, the dev-stack test and other test runs.
const [chainPort, ipfsPort, ANVIL_PORT] = (await freePorts(3)) as [number, number, number];
const PORTS = { chain: chainPort, ipfs: ipfsPort };
const ANVIL_CHAIN_ID = 31338;
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(ROOT, "scripts/cli.ts");
/** Demo accounts: Yanis shops, Sophie runs the grocery, Les Biclous deliver; 16 and 17 are free for newcomers. */
const YANIS = 2;
const SOPHIE = 4;
const BOOKSHOP_OWNER = 5;
const BIKE_COURIER = 14;
const NEWCOMER = 17;
const NEW_CARRIER = 16;
const HARDHAT_MNEMONIC = "test test test test test test test test test test test junk";

const SHOP_FILE = {
  metadata: {
    name: "Boulangerie du Coin",
    description: "Sourdough bread baked every morning.",
    address: { street: "12 rue de la Roquette", postcode: "45600", city: "Aubrelle-sur-Loire", country: "FR" },
    location: { lat: 47.7176, lon: 2.4451 },
    openingHours: [{ day: 0, opens: "07:00", closes: "13:00" }],
    categories: ["bakery"],
    labels: ["organic"],
    priceUnit: "EUR",
    terms: { returns: "Fresh goods cannot be returned." },
    fulfilment: { pickup: true, ownDelivery: false },
  },
  terms: { acceptHours: 24, shipHours: 48, deliveryHours: 48, returnHours: 168 },
  acceptance: { payments: [{ token: "native", rate: "300000000000000" }], anyCarrier: true },
};
const CARRIER_FILE = {
  name: "Les Coursiers du Val",
  description: "Cargo bikes for the town centre.",
  serviceArea: { geohashes: ["u0k8"], postcodes: ["45600"] },
  fees: [{ label: "Within 5 km", maxDistanceKm: 5, price: "4.50" }],
  priceUnit: "EUR",
  vehicle: "cargo-bike",
};
/** Categories, labels and units written as the app shows them (French chips, English, capitals, no accents). */
const FRENCH_CSV =
  "id;title;description;price;unit;available;categories;labels;pickup;delivery;variants;images\r\n" +
  'pain-levain;Pain au levain;"Levain naturel,\r\ncuit au feu de bois";3,20;Pièce;oui;Pain;"Bio;circuit COURT";oui;non;"500g:500 g:3,20;1kg:1 kg:5,90";\r\n' +
  "croissant;Croissant;;1,10;;oui;viennoiserie;Fait main;oui;oui;;\r\n";
const BAD_CSV = "id,title,price,available\nok,Bread,1.20,yes\nbad-price,Cake,abc,yes\nbad-flag,Tart,2.00,maybe\n";

type Run = { code: number; stdout: string; stderr: string };

function cli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: ROOT, env, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : -1, stdout, stderr });
    });
  });
}

let dataDir: string;
let stack: DevStack;
let seeded: SeededTown;
let ipfs: IpfsClient;
let accounts: Address[];
let walletFor: (account: Address) => MarketWalletClient;
let publicClient: PublicClient;
let stackDeploymentFile: string;

/**
 * The CLI against the seeded dev stack, with a copy of its deployment record: deployments/31337.json is rewritten
 * whenever another test starts a dev stack.
 */
function onStack(...args: string[]): Promise<Run> {
  return cli([...args, "--rpc", stack.rpcUrl, "--ipfs", stack.ipfs.apiUrl, "--deployment", stackDeploymentFile]);
}

async function file(name: string, content: string): Promise<string> {
  const path = join(dataDir, name);
  await writeFile(path, content);
  return path;
}

/** Runs `check` every 100 ms until it succeeds, for at most 10 s. */
async function eventually(check: () => Promise<unknown>): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await check();
      return;
    } catch (error) {
      if (attempt >= 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function expectOneLineError(run: Run, code: number, message: string | RegExp): void {
  expect(run.code).toBe(code);
  expect(run.stdout).toBe("");
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

/** Yanis orders from the grocery, delivered by the bike courier and paid in ETH, as the app would. */
async function placeGroceryOrder(): Promise<{ orderId: bigint; code: string }> {
  const shopId = seeded.shops.get("epicerie-la-musette")!;
  const carrier = seeded.carriers.get("bike-courier")!;
  const shop = await getShop(publicClient, stack.deployment, { shopId });
  const metadata = decodeDocument("shop", await ipfs.getBytes(shop.metadataCid!));
  const catalog = decodeDocument("catalog", await ipfs.getBytes(shop.catalogCid!));
  const courierKeys = deriveEncryptionKeyPair(
    await walletFor(accounts[BIKE_COURIER]!).signTypedData(
      encryptionKeyTypedData({ chainId: 31337, account: carrier, role: "carrier" }),
    ),
  );
  const item = catalog.items.find((candidate) => candidate.variants.length === 0)!;
  const buyer = walletFor(accounts[YANIS]!);
  const payment = shop.acceptance.payments.find((option) => option.token === NATIVE_TOKEN)!;
  const prepared = prepareOrder({
    chainId: 31337,
    buyer: buyer.account.address,
    shopId,
    catalogCid: shop.catalogCid!,
    priceUnit: metadata.priceUnit,
    lines: [{ itemId: item.id, title: item.title, quantity: 2, unitPrice: item.price }],
    deliveryFee: "4.50",
    fulfilment: "carrier",
    carrier,
    payment,
    shipping: {
      details: demoShopper("yanis").home.shipping,
      recipientPublicKeys: [metadata.encryptionPublicKey, courierKeys.publicKey],
    },
  });
  await publishPreparedOrder(ipfs, prepared);
  const code = createDeliveryCode();
  const { orders } = await placeOrders(buyer, stack.deployment, {
    orders: [
      {
        shopId,
        amount: prepared.amount,
        deliveryFee: prepared.deliveryFee,
        carrier,
        arbitrator: stack.deployment.contracts.MediatorArbitrator.address,
        itemsDigest: prepared.itemsDigest,
        shippingDigest: prepared.shippingDigest,
        codeHash: toCodeHash(code),
      },
    ],
  });
  return { orderId: orders[0]!.orderId, code };
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "grandrue-cli-"));
  stack = await startDevStack({
    ports: PORTS,
    withApp: false,
    ipfsDataDir: join(dataDir, "ipfs"),
    seed: async ({ rpcUrl, deployment, ipfs: endpoints }) => {
      seeded = await seedDemoTown({ rpcUrl, deployment, ipfs: endpoints });
    },
  });
  stackDeploymentFile = await file("deployment.json", JSON.stringify(stack.deployment));
  ipfs = createIpfsClient({ apiUrl: stack.ipfs.apiUrl, token: stack.ipfs.token, gateways: [stack.ipfs.gatewayUrl] });
  const clients = await localClients(stack.rpcUrl);
  ({ accounts, walletFor, publicClient } = clients);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe("the command line", () => {
  test("prints the help of every command and exits 0", async () => {
    const runs = await Promise.all(CLI_COMMANDS.map((command) => cli([...command.name.split(" "), "--help"])));
    runs.forEach((run, index) => {
      const name = CLI_COMMANDS[index]!.name;
      expect(run, name).toMatchObject({ code: 0, stderr: "" });
      expect(run.stdout, name).toContain(`Usage: npm run cli -- ${name}`);
      expect(run.stdout, name).toContain("--rpc <url>");
    });
    const overview = await cli(["--help"]);
    for (const command of CLI_COMMANDS) expect(overview.stdout).toContain(command.name);
    expect((await cli(["shop", "register", "--help"])).stdout).toContain('"acceptance"');
    expect((await cli(["catalog", "publish", "--help"])).stdout).toContain("id:label:price");
    // One Node process per command, all at once: on two busy cores they take longer than the default 30 s.
  }, 120_000);

  test("refuses an unknown command, a missing argument and an unknown option with one line and exit status 2", async () => {
    expectOneLineError(await cli(["frobnicate"]), 2, /^Error: Unknown command "frobnicate"/);
    expectOneLineError(await cli(["orders", "accept"]), 2, "orders accept needs <orderId>");
    expectOneLineError(
      await cli(["orders", "list", "--shop", "2", "--colour"]),
      2,
      "Unknown option --colour for orders list",
    );
    expectOneLineError(await onStack("orders", "accept", "0x8c3"), 2, "is not an order id");
    expectOneLineError(await cli(["shop", "register", "--account", "17"]), 2, "shop register needs --file <shop.json>");
    expectOneLineError(await onStack("withdraw"), 2, "choose the account with --account");
  });

  test("names an order that does not exist", async () => {
    const unknown = `0x${"ab".repeat(32)}`;
    expectOneLineError(await onStack("orders", "show", unknown), 1, `No order ${unknown} was paid in this escrow`);
  });

  test("signs with a key read from the environment variable it is told, and never prints the key", async () => {
    const account = mnemonicToAccount(HARDHAT_MNEMONIC, { addressIndex: 19 });
    const key = toHex(account.getHdKey().privateKey!);
    const run = await cli(
      [
        "withdraw",
        "--private-key-env",
        "GRANDRUE_CLI_TEST_KEY",
        "--rpc",
        stack.rpcUrl,
        "--deployment",
        stackDeploymentFile,
      ],
      {
        ...process.env,
        GRANDRUE_CLI_TEST_KEY: key,
      },
    );

    expectOneLineError(run, 1, `Nothing to withdraw: the escrow holds no ETH for ${account.address}`);
    expect(run.stderr).not.toContain(key.slice(2));
    expectOneLineError(
      await onStack("withdraw", "--private-key-env", "GRANDRUE_CLI_TEST_UNSET"),
      1,
      "The environment variable GRANDRUE_CLI_TEST_UNSET is not set",
    );
  });

  test("finds the chain and IPFS of npm run dev through GRANDRUE_CHAIN_PORT and GRANDRUE_IPFS_PORT, as npm run dev does", async () => {
    const paid = DEMO_PAST_ORDERS.find((order) => order.outcome.status === "paid")!;
    const env = { ...process.env, GRANDRUE_CHAIN_PORT: String(PORTS.chain), GRANDRUE_IPFS_PORT: String(PORTS.ipfs) };
    const run = await cli(
      ["orders", "list", "--shop", String(seeded.shops.get(paid.shop)), "--deployment", stackDeploymentFile],
      env,
    );

    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toMatch(/^ORDER\s+STATUS/);
    expectOneLineError(
      await cli(["orders", "list", "--shop", "1"], { ...env, GRANDRUE_CHAIN_PORT: "eighty" }),
      1,
      'GRANDRUE_CHAIN_PORT must be a port number (1–65535), got "eighty"',
    );
  });

  test("says plainly when no node answers", async () => {
    expectOneLineError(
      await cli(["orders", "list", "--shop", "1", "--rpc", "http://127.0.0.1:9"]),
      1,
      "Cannot reach a node at http://127.0.0.1:9",
    );
  });
});

describe("a merchant", () => {
  let shopId: bigint;

  test("registers a shop from a JSON file, with the encryption key of its predicted id", async () => {
    const run = await onStack(
      "shop",
      "register",
      "--file",
      await file("shop.json", JSON.stringify(SHOP_FILE)),
      "--account",
      String(NEWCOMER),
    );

    expect(run.stderr).toBe("");
    shopId = BigInt(/^Shop (\d+) registered/.exec(run.stdout)?.[1] ?? "0");
    expect(shopId).toBe(BigInt(seeded.shops.size + 1));
    const shop = await getShop(publicClient, stack.deployment, { shopId });
    expect(shop.owner).toBe(accounts[NEWCOMER]);
    expect(shop.acceptance.payments).toEqual([{ token: NATIVE_TOKEN, rate: 300_000_000_000_000n }]);
    const metadata = decodeDocument("shop", await ipfs.getBytes(shop.metadataCid!));
    const signature = await walletFor(accounts[NEWCOMER]!).signTypedData(
      encryptionKeyTypedData({ chainId: 31337, account: accounts[NEWCOMER]!, role: "shop", shopId }),
    );
    expect(metadata.encryptionPublicKey).toBe(deriveEncryptionKeyPair(signature).publicKey);
    expect(shop.geohash).toBe(metadata.location.geohash);
    expect((await onStack("shop", "show", String(shopId))).stdout).toMatch(
      /Shop\s+\d+ Boulangerie du Coin[\s\S]*Payments\s+1 EUR = 0\.0003 ETH/,
    );
  });

  test("is told which field of an invalid shop file is wrong, and nothing is registered", async () => {
    const invalid = {
      ...SHOP_FILE,
      metadata: { ...SHOP_FILE.metadata, address: { ...SHOP_FILE.metadata.address, postcode: "??" } },
    };
    const run = await onStack(
      "shop",
      "register",
      "--file",
      await file("invalid-shop.json", JSON.stringify(invalid)),
      "--account",
      String(NEWCOMER),
    );

    expectOneLineError(run, 1, "Invalid shop file: metadata.address.postcode: must be letters, digits");
    await expect(getShop(publicClient, stack.deployment, { shopId: shopId + 1n })).rejects.toThrow();
  });

  test("publishes a catalog from a French spreadsheet saved as CSV", async () => {
    const run = await onStack(
      "catalog",
      "publish",
      String(shopId),
      "--file",
      await file("catalogue.csv", FRENCH_CSV),
      "--account",
      String(NEWCOMER),
    );

    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toMatch(/^Catalog of shop \d+ published: 2 items/);
    const exported = JSON.parse((await onStack("catalog", "export", String(shopId))).stdout);
    expect(exported.items).toEqual([
      expect.objectContaining({
        id: "pain-levain",
        description: "Levain naturel,\ncuit au feu de bois",
        price: "3.20",
        unit: "piece",
        categories: ["bread"],
        labels: ["organic", "short-circuit"],
        delivery: false,
        variants: [
          { id: "500g", label: "500 g", price: "3.20", available: true },
          { id: "1kg", label: "1 kg", price: "5.90", available: true },
        ],
      }),
      expect.objectContaining({ id: "croissant", price: "1.10", categories: ["viennoiserie"], labels: ["handmade"] }),
    ]);
  });

  test("publishes a catalog edited as JSON, as catalog export wrote it", async () => {
    const exported = JSON.parse((await onStack("catalog", "export", String(shopId))).stdout);
    exported.items[1].price = "1.25";
    const run = await onStack(
      "catalog",
      "publish",
      String(shopId),
      "--file",
      await file("catalog.json", JSON.stringify(exported)),
      "--account",
      String(NEWCOMER),
    );

    expect(run).toMatchObject({ code: 0, stderr: "" });
    const { catalogCid } = await getShop(publicClient, stack.deployment, { shopId });
    const published = decodeDocument("catalog", await ipfs.getBytes(catalogCid!));
    expect(published.items.map((item) => item.price)).toEqual(["3.20", "1.25"]);
    expect(published.updatedAt >= exported.updatedAt).toBe(true);
  });

  test("is shown each invalid row of a spreadsheet with its line, and nothing is published", async () => {
    const before = (await getShop(publicClient, stack.deployment, { shopId })).catalogCid;
    const run = await onStack(
      "catalog",
      "publish",
      String(shopId),
      "--file",
      await file("bad.csv", BAD_CSV),
      "--account",
      String(NEWCOMER),
    );

    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split("\n")).toEqual([
      expect.stringContaining("has 2 lines to fix; nothing was published"),
      '  line 3 (price): "abc" is not a price: write it like 3.20 or 3,20',
      '  line 4 (available): "maybe" must be yes or no (oui/non, true/false, vrai/faux and 1/0 work too)',
    ]);
    expect((await getShop(publicClient, stack.deployment, { shopId })).catalogCid).toBe(before);
  });

  test("lists the orders of a seeded shop in a table, reading the deployment the dev stack recorded", async () => {
    const paid = DEMO_PAST_ORDERS.find((order) => order.outcome.status === "paid")!;
    const run = await cli(["orders", "list", "--shop", String(seeded.shops.get(paid.shop)), "--rpc", stack.rpcUrl]);

    expect(run.stderr).toBe("");
    const [header, ...rows] = run.stdout.trimEnd().split("\n");
    expect(header).toMatch(/^ORDER\s+STATUS\s+AMOUNT\s+DELIVERY FEE\s+TOTAL PAID\s+TOKEN\s+NEXT DEADLINE$/);
    const row = rows.find((line) => line.startsWith(orderReference(seeded.orders.get(paid.key)!)));
    expect(row).toMatch(/^0x[0-9a-f]{8}\s+Paid\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+LEM\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    const [amount, deliveryFee, total] = row!.split(/\s+/).slice(2, 5).map(Number);
    expect(deliveryFee).toBeGreaterThan(0);
    expect(total).toBeCloseTo(amount! + deliveryFee!, 9);
  });

  test("finds an order by its reference as the app shows it, by its start copied with an ellipsis, and by its full id", async () => {
    const orderId = seeded.orders.get(DEMO_PAST_ORDERS.find((order) => order.outcome.status === "paid")!.key)!;
    for (const text of [orderReference(orderId), `${orderReference(orderId).slice(0, 7)}…`, orderIdHex(orderId)]) {
      const run = await onStack("orders", "show", text);
      expect(run.stderr, text).toBe("");
      expect(run.stdout.split("\n")[0]).toMatch(
        new RegExp(`^Order\\s+${orderReference(orderId)} \\(full id ${orderIdHex(orderId)}\\)$`),
      );
    }
  });

  test("shows the facts the escrow keeps: when a reviewed order was paid, delivered with the code, and closed", async () => {
    const reviewed = seeded.orders.get(DEMO_PAST_ORDERS.find((order) => order.outcome.status === "reviewed")!.key)!;
    const run = await onStack("orders", "show", orderReference(reviewed));
    expect(run.stdout).toMatch(/^Facts\s+paid .+; delivered .+ \(with the buyer's code\); closed .+, shop paid$/m);
  });

  test("decrypts a seeded order's shipping label as its shop and as its carrier, and no one else", async () => {
    const paid = DEMO_PAST_ORDERS.find((order) => order.outcome.status === "paid")!;
    const orderId = orderReference(seeded.orders.get(paid.key)!);
    const { home } = demoShopper(paid.buyer);

    for (const account of [SOPHIE, BIKE_COURIER]) {
      const run = await onStack("label", orderId, "--account", String(account));
      expect(run.stderr).toBe("");
      expect(run.stdout.split("\n").slice(0, 4)).toEqual([
        home.shipping.name,
        home.shipping.street,
        `${home.shipping.postcode} ${home.shipping.city}`,
        "FR",
      ]);
      expect(run.stdout).toContain(`Instructions: ${home.shipping.instructions}`);
    }
    expectOneLineError(
      await onStack("label", orderId, "--account", String(BOOKSHOP_OWNER)),
      1,
      "is not sealed for the shop",
    );
  });
});

describe("a carrier", () => {
  test("registers with a profile from a JSON file, with the encryption key of its wallet, once", async () => {
    const path = await file("carrier.json", JSON.stringify(CARRIER_FILE));
    const run = await onStack("carrier", "register", "--file", path, "--account", String(NEW_CARRIER));

    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toMatch(new RegExp(`^Carrier ${accounts[NEW_CARRIER]} registered: profile b`));
    const registered = await getCarrier(publicClient, stack.deployment, { carrier: accounts[NEW_CARRIER]! });
    const profile = decodeDocument("carrier", await ipfs.getBytes(registered!.profileCid!));
    const signature = await walletFor(accounts[NEW_CARRIER]!).signTypedData(
      encryptionKeyTypedData({ chainId: 31337, account: accounts[NEW_CARRIER]!, role: "carrier" }),
    );
    expect(profile).toMatchObject({
      name: CARRIER_FILE.name,
      encryptionPublicKey: deriveEncryptionKeyPair(signature).publicKey,
    });
    expectOneLineError(
      await onStack("carrier", "register", "--file", path, "--account", String(NEW_CARRIER)),
      1,
      "is already a registered carrier",
    );
  });
});

describe("an order from checkout to delivery", () => {
  let order: { orderId: bigint; code: string };

  beforeAll(async () => {
    order = await placeGroceryOrder();
  });

  test("is accepted by its shop, and a second acceptance is refused in plain words", async () => {
    const accepted = await onStack("orders", "accept", orderReference(order.orderId), "--account", String(SOPHIE));

    expect(accepted).toMatchObject({ code: 0, stderr: "" });
    expect(accepted.stdout).toMatch(
      /^Kept the order's 2 document\(s\) on 1 of 1 IPFS node\(s\)\nOrder 0x[0-9a-f]{8} accepted; ship it by \d{4}-\d\d-\d\d \d\d:\d\d UTC\n$/,
    );
    expect((await getOrderState(publicClient, stack.deployment, { orderId: order.orderId })).status).toBe("Accepted");
    expectOneLineError(
      await onStack("orders", "accept", orderReference(order.orderId), "--account", String(SOPHIE)),
      1,
      `Error: The order ${orderReference(order.orderId)} is Accepted; this step needs it Paid`,
    );
  });

  test("is picked up by its carrier in a transaction, followed by a checkpoint signed offline and relayed", async () => {
    const id = orderReference(order.orderId);
    expect(await onStack("carrier", "attest", id, "PickedUp", "--account", String(BIKE_COURIER))).toMatchObject({
      code: 0,
      stderr: "",
    });
    expect((await getOrderState(publicClient, stack.deployment, { orderId: order.orderId })).status).toBe("Shipped");

    const signed = await onStack("carrier", "sign", id, "OutForDelivery", "--account", String(BIKE_COURIER));
    expect(JSON.parse(signed.stdout)).toMatchObject({ chainId: 31337, attestation: { checkpoint: "OutForDelivery" } });
    const relayed = await onStack(
      "carrier",
      "relay",
      "--file",
      await file("signed.json", signed.stdout),
      "--account",
      String(YANIS),
    );
    expect(relayed).toMatchObject({ code: 0, stderr: "" });
    const timeline = await getOrderTimeline(publicClient, stack.deployment, { orderId: order.orderId });
    expect(timeline).toContainEqual(
      expect.objectContaining({ type: "Checkpoint", checkpoint: "OutForDelivery", relayer: accounts[YANIS] }),
    );
  });

  test("is delivered with the code the buyer shows, and a wrong code is refused", async () => {
    const id = orderReference(order.orderId);
    expectOneLineError(
      await onStack(
        "carrier",
        "attest",
        id,
        "Delivered",
        "--code",
        createDeliveryCode(),
        "--account",
        String(BIKE_COURIER),
      ),
      1,
      "The delivery code is not the one of order",
    );
    const delivered = await onStack(
      "carrier",
      "attest",
      id,
      "Delivered",
      "--code",
      order.code.toLowerCase(),
      "--account",
      String(BIKE_COURIER),
    );

    expect(delivered).toMatchObject({ code: 0, stderr: "" });
    expect((await getOrderState(publicClient, stack.deployment, { orderId: order.orderId })).status).toBe("Delivered");
    expect((await onStack("orders", "show", id)).stdout).toMatch(
      /Status\s+Delivered[\s\S]*Timeline[\s\S]*picked up by the carrier[\s\S]*delivered/,
    );
  });

  test("cannot be completed before its return window ends, and says until when", async () => {
    const { deadline } = await getOrderState(publicClient, stack.deployment, { orderId: order.orderId });
    const run = await onStack("orders", "complete", orderReference(order.orderId), "--account", String(SOPHIE));

    expectOneLineError(
      run,
      1,
      `Too early: order ${orderReference(order.orderId)} allows this step after ${formatTime(deadline)}`,
    );
  });

  test("is released to the shop by its buyer", async () => {
    const run = await onStack("orders", "release", orderReference(order.orderId), "--account", String(YANIS));

    expect(run).toMatchObject({
      code: 0,
      stderr: "",
      stdout: `Order ${orderReference(order.orderId)} released: the shop is paid\n`,
    });
    expect((await getOrderState(publicClient, stack.deployment, { orderId: order.orderId })).status).toBe("Completed");
  });

  test("can be declined by its shop with a reason the buyer reads", async () => {
    const { orderId } = await placeGroceryOrder();
    const run = await onStack(
      "orders",
      "decline",
      orderReference(orderId),
      "--reason",
      "Plus de farine cette semaine",
      "--account",
      String(SOPHIE),
    );

    expect(run).toMatchObject({ code: 0, stderr: "" });
    const timeline = await getOrderTimeline(publicClient, stack.deployment, { orderId });
    expect(timeline).toContainEqual(
      expect.objectContaining({ type: "Declined", reason: "Plus de farine cette semaine" }),
    );
  });

  test("leaves nothing to withdraw, and withdraw says so", async () => {
    expectOneLineError(
      await onStack("withdraw", "--account", String(SOPHIE)),
      1,
      `Nothing to withdraw: the escrow holds no ETH for ${accounts[SOPHIE]}`,
    );
  });
});

describe("a shop's till", () => {
  test("watches the grocery: prints a new order with what it pays and its acceptance as they happen, and stops cleanly on Ctrl-C", async () => {
    const grocery = seeded.shops.get("epicerie-la-musette")!;
    const args = ["orders", "watch", "--shop", String(grocery), "--every", "0.2"];
    const watcher = spawn(
      process.execPath,
      [CLI, ...args, "--rpc", stack.rpcUrl, "--ipfs", stack.ipfs.apiUrl, "--deployment", stackDeploymentFile],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    watcher.stdout!.on("data", (chunk) => (stdout += chunk));
    watcher.stderr!.on("data", (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => watcher.once("exit", (code) => resolve(code)));
    try {
      await eventually(async () =>
        expect(stdout).toMatch(/^Watching shop \d+ from block \d+ \(\d+ orders so far\); Ctrl-C to stop\.\n/),
      );
      const { orderId } = await placeGroceryOrder();
      const id = orderReference(orderId);
      await eventually(async () =>
        expect(stdout).toMatch(
          new RegExp(
            `UTC  ${id}  NEW ORDER: \\S+ ETH paid \\(items \\S+ ETH, delivery \\S+ ETH\\) by ${accounts[YANIS]}`,
          ),
        ),
      );
      expect((await onStack("orders", "accept", id, "--account", String(SOPHIE))).code).toBe(0);
      await eventually(async () => expect(stdout).toMatch(new RegExp(`UTC  ${id}  accepted by the shop; ship by `)));
    } finally {
      watcher.kill("SIGINT");
    }
    expect(await exited).toBe(0);
    expect(stdout).toMatch(/Stopped watching shop \d+ at block \d+\.\n$/);
    expect(stderr).toBe("");
  }, 60_000);

  test("refuses a watch without a shop, or with a silly interval", async () => {
    expectOneLineError(await onStack("orders", "watch"), 2, "orders watch needs --shop <shopId>");
    expectOneLineError(await onStack("orders", "watch", "--shop", "1", "--every", "0"), 2, "--every takes seconds");
  });
});

/**
 * Anvil comes from the npm registry as a platform package (`@foundry-rs/anvil-<os>-<cpu>`); the registry here serves
 * only the Linux x64 build, so the project lists that one as an optional dependency and these tests run where it
 * installed (CI runs Linux x64).
 */
const ANVIL_BINARY = join(ROOT, "node_modules/.bin/anvil");

describe("documents kept on several IPFS nodes", () => {
  const TOKEN = "second-node-token-0123456789";
  const nodes: { node: RunningIpfsNode; remove(): Promise<void> }[] = [];
  let liar: FakeGateway;

  async function startNode(): Promise<RunningIpfsNode> {
    const dir = await tempDataDir();
    const authorizations = parseApiAuthorizations({ cli: { AuthSecret: TOKEN, AllowedPaths: ["/api/v0"] } }, "test");
    const node = await startIpfsNode({ dataDir: dir.path, authorizations });
    nodes.push({ node, remove: dir.remove });
    return node;
  }

  /** The CLI writing to the dev node ("a") and to the replicas given, as GRANDRUE_IPFS_APIS lists them. */
  function withReplicas(replicas: object[], ...args: string[]): Promise<Run> {
    const local = { apiUrl: stack.ipfs.apiUrl, token: stack.ipfs.token, name: "a" };
    const env = { ...process.env, GRANDRUE_IPFS_APIS: JSON.stringify([local, ...replicas]) };
    return cli([...args, "--rpc", stack.rpcUrl, "--deployment", stackDeploymentFile], env);
  }

  const stores = async (node: RunningIpfsNode, cid: string) =>
    (await fetch(`${node.gatewayUrl}/ipfs/${cid}?format=raw`)).status === 200;

  beforeAll(async () => {
    liar = await startFakeGateway((_req, res) => res.end("not the document"));
  });

  afterAll(async () => {
    await liar.close();
    for (const { node, remove } of nodes) {
      await node.stop();
      await remove();
    }
  });

  test("docs check shows a new node missing every document, and --republish puts them all there", async () => {
    const b = await startNode();
    const shop = String(seeded.shops.get("fromagerie-vallet"));
    const missing = await withReplicas(
      [{ apiUrl: b.apiUrl, token: TOKEN, name: "b" }],
      "docs",
      "check",
      "--shop",
      shop,
    );

    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(
      /^Shop \d+: \d+ documents on 2 IPFS node\(s\); a write needs 2\.\nDOCUMENT\s+CID\s+HELD\s+A\s+B\n/,
    );
    expect(missing.stdout).toMatch(/shop profile \(\+1 file\)\s+bafkrei\w+\s+1\/2\s+holds\s+missing/);
    expect(missing.stdout).toMatch(/catalog \(\+\d+ files\)\s+bafkrei\w+\s+1\/2\s+holds\s+missing/);
    expect(missing.stderr).toMatch(/not held by every IPFS node: publish them again with --republish/);

    const republished = await withReplicas(
      [{ apiUrl: b.apiUrl, token: TOKEN, name: "b" }],
      "docs",
      "check",
      "--shop",
      shop,
      "--republish",
    );
    expect(republished).toMatchObject({ code: 0, stderr: "" });
    expect(republished.stdout).toMatch(/Published again: catalog/);
    const finalTable = republished.stdout.slice(republished.stdout.lastIndexOf("DOCUMENT"));
    expect(finalTable).not.toMatch(/missing|1\/2/);
  });

  test("a node answering other bytes is reported lying, and one refusing the token is named with its answer", async () => {
    const shop = String(seeded.shops.get("fromagerie-vallet"));
    const lying = await withReplicas([{ apiUrl: `${liar.url}/api/v0`, name: "liar" }], "docs", "check", "--shop", shop);
    expect(lying.code).toBe(1);
    expect(lying.stdout).toMatch(/shop profile \(\+1 file\)\s+bafkrei\w+\s+1\/2\s+holds\s+lying/);

    const c = await startNode();
    const refused = await withReplicas(
      [{ apiUrl: c.apiUrl, token: "wrong-token", name: "c" }],
      "docs",
      "check",
      "--shop",
      shop,
      "--republish",
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `c (${c.apiUrl}) refused: HTTP 401, The access token is not valid on this IPFS node`,
    );
    const metadataCid = (await getShop(publicClient, stack.deployment, { shopId: BigInt(shop) })).metadataCid!;
    expect(await stores(c, metadataCid)).toBe(false);
  });

  test("orders accept keeps the order's line items and sealed address on every node of the shop", async () => {
    const d = await startNode();
    const order = await placeGroceryOrder();
    const details = await getOrder(publicClient, stack.deployment, { orderId: order.orderId });
    const accepted = await withReplicas(
      [{ apiUrl: d.apiUrl, token: TOKEN, name: "d" }],
      "orders",
      "accept",
      orderReference(order.orderId),
      "--account",
      String(SOPHIE),
    );
    expect(accepted).toMatchObject({ code: 0, stderr: "" });
    expect(accepted.stdout).toMatch(/^Kept the order's 2 document\(s\) on 2 of 2 IPFS node\(s\)\n/);
    expect(await stores(d, cidOfDigest(details.itemsDigest))).toBe(true);
    expect(await stores(d, cidOfDigest(details.shippingDigest))).toBe(true);
  });
});

describe.runIf(existsSync(ANVIL_BINARY))("the same commands on anvil, an independent node implementation", () => {
  let anvil: ChildProcess;
  let anvilUrl: string;
  let deploymentFile: string;
  let anvilDeployment: Deployment;

  /** The CLI against anvil, with the deployment record written by this test and the dev stack's IPFS node. */
  function onAnvil(...args: string[]): Promise<Run> {
    return cli([...args, "--rpc", anvilUrl, "--ipfs", stack.ipfs.apiUrl, "--deployment", deploymentFile]);
  }

  beforeAll(async () => {
    anvilUrl = `http://127.0.0.1:${ANVIL_PORT}`;
    // detached: anvil gets its own process group, stopped as one in afterAll.
    anvil = spawn(
      ANVIL_BINARY,
      ["--port", String(ANVIL_PORT), "--host", "127.0.0.1", "--chain-id", String(ANVIL_CHAIN_ID)],
      {
        stdio: "ignore",
        detached: true,
      },
    );
    const chain = localChainFor(anvilUrl, ANVIL_CHAIN_ID);
    const client = createPublicClient({
      chain,
      transport: http(anvilUrl, { retryCount: 0 }),
      pollingInterval: 50,
    }) as PublicClient;
    await eventually(() => client.getChainId());
    const transport = http(anvilUrl);
    const [deployer] = await createWalletClient({ chain, transport }).getAddresses();
    anvilDeployment = await deployProtocol({
      publicClient: client,
      walletClient: createWalletClient({ chain, transport, account: deployer!, pollingInterval: 50 }),
      withLocalCurrency: false,
    });
    deploymentFile = await file("anvil-deployment.json", JSON.stringify(anvilDeployment));
  }, 60_000);

  afterAll(async () => {
    if (anvil?.pid !== undefined && anvil.exitCode === null) {
      const exited = new Promise((resolve) => anvil.once("exit", resolve));
      process.kill(-anvil.pid, "SIGTERM");
      await exited;
    }
    // The wrapper exits first; the node itself closes its socket a moment later.
    await eventually(() => ensurePortsFree([{ port: ANVIL_PORT, service: "anvil" }]));
  });

  test("registers a shop, publishes its catalog and lists an order placed with it", async () => {
    const registered = await onAnvil(
      "shop",
      "register",
      "--file",
      await file("anvil-shop.json", JSON.stringify(SHOP_FILE)),
      "--account",
      "3",
    );
    expect(registered).toMatchObject({ code: 0, stderr: "" });
    expect(registered.stdout).toMatch(/^Shop 1 registered/);
    expect(await onAnvil("orders", "list", "--shop", "1")).toMatchObject({ code: 0, stdout: "No orders.\n" });
    const published = await onAnvil(
      "catalog",
      "publish",
      "1",
      "--file",
      await file("anvil-catalogue.csv", FRENCH_CSV),
      "--account",
      "3",
    );
    expect(published).toMatchObject({ code: 0, stderr: "" });

    const chain = localChainFor(anvilUrl, ANVIL_CHAIN_ID);
    const client = createPublicClient({ chain, transport: http(anvilUrl) }) as PublicClient;
    const [, , buyerAddress] = await createWalletClient({ chain, transport: http(anvilUrl) }).getAddresses();
    const buyer = createWalletClient({
      chain,
      transport: http(anvilUrl),
      account: buyerAddress!,
      pollingInterval: 50,
    }) as MarketWalletClient;
    const { catalogCid } = await getShop(client, anvilDeployment, { shopId: 1n });
    const prepared = prepareOrder({
      chainId: ANVIL_CHAIN_ID,
      buyer: buyerAddress!,
      shopId: 1n,
      catalogCid: catalogCid!,
      priceUnit: "EUR",
      lines: [{ itemId: "croissant", title: "Croissant", quantity: 3, unitPrice: "1.10" }],
      deliveryFee: "0.00",
      fulfilment: "pickup",
      payment: { token: NATIVE_TOKEN, rate: 300_000_000_000_000n },
    });
    await publishPreparedOrder(ipfs, prepared);
    const { orders } = await placeOrders(buyer, anvilDeployment, {
      orders: [
        {
          shopId: 1n,
          amount: prepared.amount,
          arbitrator: anvilDeployment.contracts.MediatorArbitrator.address,
          itemsDigest: prepared.itemsDigest,
          codeHash: toCodeHash(createDeliveryCode()),
        },
      ],
    });

    const listed = await onAnvil("orders", "list", "--shop", "1");
    expect(listed.stderr).toBe("");
    // Chain 31338 is none viem knows: its own coin is called "native", as the CLI's --token names it, not "ETH".
    expect(listed.stdout.trimEnd().split("\n")[1]).toMatch(
      new RegExp(`^${orderReference(orders[0]!.orderId)}\\s+Paid\\s+0\\.00099\\s+0\\s+0\\.00099\\s+native\\s+`),
    );
  });

  test("names the missing deployment record of a chain it does not know", async () => {
    expectOneLineError(
      await cli(["orders", "list", "--shop", "1", "--rpc", anvilUrl]),
      1,
      `No Grandrue deployment is recorded for chain ${ANVIL_CHAIN_ID}`,
    );
  });
});
