import { randomBytes } from "node:crypto";
import {
  acceptSettlement,
  createIpfsClient,
  deliveryCodeSeedTypedData,
  deriveDeliveryCode,
  formatDeliveryCode,
  getCarrier,
  getOrder,
  getOrderState,
  getShop,
  type IpfsClient,
  orderReference,
  parseCarrierProfile,
  parseShopMetadata,
  placeOrders,
  prepareOrder,
  publishPreparedOrder,
  toCodeHash,
} from "@grandrue/sdk";
import type { Page } from "playwright-core";
import { type Address, erc20Abi } from "viem";
import { afterAll, beforeAll, expect, test } from "vitest";
import {
  DEMO_PAST_ORDERS,
  demoShopper,
  pastOrderDeliveryFee,
  pastOrderLines,
} from "../../scripts/lib/demo-town/index.ts";
import { localClients } from "../../scripts/lib/dev-stack/clients.ts";
import { type BrowserStack, startBrowserStack, thirdPartyRequests } from "./harness.ts";
import { connectDemoAccount } from "./wallet.ts";

const NEW_MERCHANT = 16;
const GROCER = 4;
const WINE_SELLERS = 6;
const BIKE_COURIER = 14;
const HOUR = 3600;
const STEP_TIMEOUT = 30_000;

let browser: BrowserStack;
let clients: Awaited<ReturnType<typeof localClients>>;
let ipfs: IpfsClient;

beforeAll(async () => {
  browser = await startBrowserStack("merchant");
  clients = await localClients(browser.stack.rpcUrl);
  ipfs = createIpfsClient({
    apiUrl: browser.stack.ipfs.apiUrl,
    token: browser.stack.ipfs.token,
    gateways: [browser.stack.ipfs.gatewayUrl],
  });
}, 240_000);

afterAll(async () => {
  await browser?.stop();
});

/** The dev wallet's button for a Hardhat account, as the wallet page names it. */
function walletLabel(index: number): RegExp {
  const names: Record<number, RegExp> = {
    [GROCER]: /^Sophie/,
    [WINE_SELLERS]: /^Jérôme et Nadia/,
    [BIKE_COURIER]: /^Les Biclous/,
    [NEW_MERCHANT]: /^Compte de test 16/,
  };
  return names[index]!;
}

/** Connects the demo account `index` through the app's own wallet page. */
async function connectAs(index: number): Promise<void> {
  await connectDemoAccount(browser.page, browser.appUrl, walletLabel(index), STEP_TIMEOUT);
}

/** Confirms the open transaction dialog, waits for `done` and closes it. */
async function confirmTransaction(page: Page, done: RegExp): Promise<void> {
  await page.getByRole("button", { name: "Continuer dans mon portefeuille" }).click();
  await page.getByRole("dialog").getByText(done).waitFor({ timeout: STEP_TIMEOUT });
  await page.getByRole("button", { name: "Terminé" }).click();
}

async function rpc(method: string, params: unknown[] = []): Promise<unknown> {
  const response = await fetch(browser.stack.rpcUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  return ((await response.json()) as { result: unknown }).result;
}

/** A PNG logo drawn by the browser itself, as a merchant's photo would be picked from disk. */
async function logoPng(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 800;
    canvas.height = 800;
    const context = canvas.getContext("2d")!;
    context.fillStyle = "#2e6b3a";
    context.fillRect(0, 0, 800, 800);
    context.fillStyle = "#fffdf9";
    context.font = "bold 300px sans-serif";
    context.fillText("PA", 160, 500);
    return canvas.toDataURL("image/png").split(",")[1]!;
  });
  return Buffer.from(base64, "base64");
}

/**
 * Yanis places an order like the demo's waiting grocery order (same basket, the bike courier), through the SDK and
 * exactly as the seed does; returns it with the delivery code his signature derives.
 */
async function placeGroceryOrder(): Promise<{ orderId: bigint; code: string }> {
  const demo = DEMO_PAST_ORDERS.find((order) => order.outcome.status === "paid")!;
  const shopper = demoShopper(demo.buyer);
  const buyer = clients.walletFor(clients.accounts[shopper.accountIndex]!);
  const { deployment } = browser.stack;
  const shopId = browser.seeded.shops.get(demo.shop)!;
  const carrier = browser.seeded.carriers.get("bike-courier")!;
  const shop = await getShop(clients.publicClient, deployment, { shopId });
  const metadata = parseShopMetadata(await ipfs.getJson(shop.metadataCid!));
  const courier = parseCarrierProfile(
    await ipfs.getJson((await getCarrier(clients.publicClient, deployment, { carrier }))!.profileCid!),
  );
  const payment = shop.acceptance.payments.find(
    (option) => option.token === deployment.contracts.LocalCurrency!.address,
  )!;
  const prepared = prepareOrder({
    chainId: deployment.chainId,
    buyer: buyer.account.address,
    shopId,
    catalogCid: shop.catalogCid!,
    priceUnit: metadata.priceUnit,
    lines: pastOrderLines(demo),
    deliveryFee: pastOrderDeliveryFee(demo),
    fulfilment: "carrier",
    carrier,
    payment,
    shipping: {
      details: shopper.home.shipping,
      recipientPublicKeys: [metadata.encryptionPublicKey, courier.encryptionPublicKey],
    },
  });
  await publishPreparedOrder(ipfs, prepared);
  // The buyer's code seed: one signature of the local node's account (eth_signTypedData_v4), as the seed derives it.
  const seed = await buyer.signTypedData(
    deliveryCodeSeedTypedData({ chainId: deployment.chainId, account: buyer.account.address }) as never,
  );
  const code = deriveDeliveryCode(seed, prepared.nonce);
  const { orders } = await placeOrders(buyer, deployment, {
    orders: [
      {
        shopId,
        token: payment.token,
        amount: prepared.amount,
        deliveryFee: prepared.deliveryFee,
        carrier,
        arbitrator: deployment.contracts.MediatorArbitrator.address,
        itemsDigest: prepared.itemsDigest,
        shippingDigest: prepared.shippingDigest,
        codeHash: toCodeHash(code),
      },
    ],
  });
  return { orderId: orders[0]!.orderId, code };
}

async function leman(account: Address): Promise<bigint> {
  const token = browser.stack.deployment.contracts.LocalCurrency!.address;
  return clients.publicClient.readContract({
    address: token,
    abi: erc20Abi,
    functionName: "balanceOf",
    args: [account],
  });
}

test("a new merchant opens a shop with a logo and three items imported from a spreadsheet, and shoppers see it", async () => {
  const { page, appUrl } = browser;
  await connectAs(NEW_MERCHANT);
  await page.goto(`${appUrl}/merchant/new`);
  await page.getByLabel(/Nom du commerce/).fill("Le Panier d’Aubrelle");
  await page.getByLabel(/En une phrase/).fill("Fruits et légumes des fermes du Giennois, en vrac.");
  const logo = page.getByLabel("Logo ou photo de la devanture");
  // 10 MB of random bytes named .png, then a file that starts like a PNG but is damaged: each refused in words.
  await logo.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: randomBytes(10 * 1024 * 1024) });
  await page.getByText(/Ce fichier n'est pas une image JPEG, PNG ou WebP/).waitFor({ timeout: STEP_TIMEOUT });
  const damaged = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(4096)]);
  await logo.setInputFiles({ name: "devanture.png", mimeType: "image/png", buffer: damaged });
  await page.getByText(/Cette image est abîmée/).waitFor({ timeout: STEP_TIMEOUT });
  expect(await page.locator("body").textContent()).not.toContain("[object");
  await logo.setInputFiles({ name: "devanture.png", mimeType: "image/png", buffer: await logoPng(page) });
  await page.locator(".logo-field__preview").waitFor({ timeout: STEP_TIMEOUT });
  // Resized in the browser's own canvas to at most 512 px.
  await expect
    .poll(() =>
      page
        .locator(".logo-field__preview")
        .evaluate((image: HTMLImageElement) => Math.max(image.naturalWidth, image.naturalHeight)),
    )
    .toBe(512);
  await page.getByLabel(/Numéro et rue/).fill("14 rue du Port");
  await page.getByLabel(/Code postal/).fill("45600");
  await page.getByLabel(/^Ville/).fill("Aubrelle-sur-Loire");
  await page.getByLabel(/^Latitude/).fill("47.7169");
  await page.getByLabel(/^Longitude/).fill("2.4431");
  await page.getByRole("button", { name: "Épicerie" }).click();
  await page.getByLabel(/Les Biclous/).check();
  await browser.screenshot("01-new-shop-form");

  await page.getByRole("button", { name: "Ouvrir mon commerce" }).click();
  await expect
    .poll(() => page.getByRole("dialog").textContent())
    .toMatch(/elle crée la clé qui permet à votre seul commerce de lire l'adresse de vos clients/);
  await browser.screenshot("02-new-shop-review");
  await confirmTransaction(page, /est ouvert : c'est le commerce n° \d+/);
  await page.getByRole("heading", { level: 1, name: "« Le Panier d’Aubrelle » est ouvert" }).waitFor();
  await browser.screenshot("03-shop-opened");

  await page.getByRole("link", { name: "Ajouter mes produits" }).click();
  const shopId = Number(/\/merchant\/shops\/(\d+)\/catalog/.exec(page.url())?.[1]);
  // Categories, labels and units written as the app's chips and pages show them, not as slugs.
  const csv = [
    "id;title;description;price;unit;categories;labels",
    "pommes;Pommes Reinette;Du verger de Saint-Brisson.;3,20;kg;Fruits;Circuit court",
    'poireaux;Poireaux;La botte de trois.;2,50;botte;Légumes;"Bio;CIRCUIT COURT"',
    "miel;Miel de Sologne;Pot de 500 g.;9,80;pot;Epicerie;Fait main",
  ].join("\n");
  await page
    .locator('.csv-tools input[type="file"]')
    .setInputFiles({ name: "catalogue.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByText("3 lignes lues : 3 produits ajoutés, 0 mis à jour dans le brouillon.").waitFor();
  await browser.screenshot("04-catalog-imported");
  await page.getByRole("button", { name: "Publier" }).click();
  await confirmTransaction(page, /Votre catalogue est publié/);
  await page.getByText("C'est en ligne").waitFor({ timeout: STEP_TIMEOUT });
  await browser.screenshot("05-catalog-live");

  await page.goto(`${appUrl}/shops/${shopId}`);
  await page.getByRole("heading", { level: 1, name: "Le Panier d’Aubrelle" }).waitFor({ timeout: STEP_TIMEOUT });
  for (const title of ["Pommes Reinette", "Poireaux", "Miel de Sologne"])
    await page.getByText(title, { exact: true }).first().waitFor();
  expect(await page.locator('img[src*="/ipfs/"]').count()).toBeGreaterThan(0);
  await browser.screenshot("06-public-shop");
  // The labels typed as words were published as slugs, and read back in words.
  await page.goto(`${appUrl}/shops/${shopId}/items/poireaux`);
  for (const label of ["Bio", "Circuit court"])
    await page.getByText(label, { exact: true }).first().waitFor({ timeout: STEP_TIMEOUT });
}, 240_000);

test("the grocer accepts an order with its address decrypted, the courier delivers it with the code, and the money reaches the payout", async () => {
  const { page, appUrl } = browser;
  const { deployment } = browser.stack;
  const shopId = browser.seeded.shops.get("epicerie-la-musette")!;
  const { orderId, code } = await placeGroceryOrder();
  const { terms } = await getOrder(clients.publicClient, deployment, { orderId });
  expect(toCodeHash(code)).toBe(terms.codeHash);

  await connectAs(GROCER);
  await page.goto(`${appUrl}/merchant/shops/${shopId}/orders`);
  await page.getByRole("link", { name: `Commande ${orderReference(orderId)}` }).click();
  await page.getByRole("button", { name: "Afficher l'adresse" }).click();
  await page.locator(".shipping-label").getByText("23 route de Gien").waitFor({ timeout: STEP_TIMEOUT });
  await browser.screenshot("07-order-to-accept");
  await page.getByRole("button", { name: "Accepter la commande" }).click();
  await confirmTransaction(page, /Commande acceptée/);
  await page.getByText(/En attente de Les Biclous/).waitFor({ timeout: STEP_TIMEOUT });
  await browser.screenshot("08-order-accepted");

  await connectAs(BIKE_COURIER);
  await page.goto(`${appUrl}/carrier/shipments/${orderId}`);
  await page
    .getByText("Votre compte a de quoi payer les frais de réseau", { exact: false })
    .first()
    .waitFor({ timeout: STEP_TIMEOUT });
  await page.getByRole("button", { name: "J'ai retiré le colis" }).click();
  await confirmTransaction(page, /C'est enregistré/);
  await page.getByRole("button", { name: "En cours de livraison" }).click();
  await confirmTransaction(page, /C'est enregistré/);
  await page.getByRole("button", { name: "Afficher les adresses" }).click();
  await page.locator(".shipment-addresses").getByText("Yanis Belkacem").waitFor({ timeout: STEP_TIMEOUT });
  await browser.screenshot("09-courier-at-the-door");
  await page.getByLabel("Code de livraison").fill(formatDeliveryCode(code).toLowerCase());
  await page.getByRole("button", { name: "Livré : valider le code" }).click();
  await confirmTransaction(page, /vos frais de 5,90\s€ vous sont versés/);
  await page.getByText(/5,90\s€ sont arrivés sur votre compte/).waitFor({ timeout: STEP_TIMEOUT });
  await browser.screenshot("10-courier-paid");
  expect(await getOrderState(clients.publicClient, deployment, { orderId })).toMatchObject({
    status: "Delivered",
    isFeePaid: true,
  });

  await rpc("evm_increaseTime", [terms.returnHours * HOUR + 60]);
  await rpc("evm_mine");
  const payoutBefore = await leman(terms.payout);
  await connectAs(GROCER);
  await page.goto(`${appUrl}/merchant/shops/${shopId}/orders`);
  await page.getByText(/1 commande est prête à être encaissée/).waitFor({ timeout: STEP_TIMEOUT });
  await browser.screenshot("11-money-to-collect");
  await page.getByRole("button", { name: "Encaisser" }).first().click();
  await confirmTransaction(page, /C'est versé sur votre compte/);
  await expect
    .poll(async () => (await getOrderState(clients.publicClient, deployment, { orderId })).status)
    .toBe("Completed");
  expect((await leman(terms.payout)) - payoutBefore).toBe(terms.amount);
  await page
    .locator(".money__row")
    .first()
    .getByText(/19,50\s€/)
    .waitFor({ timeout: STEP_TIMEOUT });
  await browser.screenshot("12-money-paid-out");
}, 300_000);

test("the grocer declines the waiting order with a reason and the shopper gets everything back", async () => {
  const { page, appUrl } = browser;
  const { deployment } = browser.stack;
  const shopId = browser.seeded.shops.get("epicerie-la-musette")!;
  const orderId = browser.seeded.orders.get("yanis-epicerie-paid")!;
  const { terms } = await getOrder(clients.publicClient, deployment, { orderId });
  const buyerBefore = await leman(terms.buyer);

  await connectAs(GROCER);
  await page.goto(`${appUrl}/merchant/shops/${shopId}/orders/${orderId}`);
  await page.getByRole("button", { name: "Refuser…" }).click();
  await page
    .getByLabel("Votre message au client")
    .fill("Plus de lentilles du Berry avant jeudi : vous êtes remboursé en entier.");
  await browser.screenshot("13-decline-reason");
  await page.getByRole("button", { name: "Refuser et rembourser" }).click();
  await confirmTransaction(page, /Commande refusée : le client est remboursé/);
  await page.getByText(/Refusée : « Plus de lentilles du Berry/).waitFor({ timeout: STEP_TIMEOUT });
  await browser.screenshot("14-declined");
  expect((await getOrderState(clients.publicClient, deployment, { orderId })).status).toBe("Declined");
  expect((await leman(terms.buyer)) - buyerBefore).toBe(terms.amount + terms.deliveryFee);
}, 180_000);

test("the wine shop offers a settlement for the broken bottle, the shopper accepts it, and the dispute is closed", async () => {
  const { page, appUrl } = browser;
  const { deployment } = browser.stack;
  const shopId = browser.seeded.shops.get("cave-du-quai")!;
  const orderId = browser.seeded.orders.get("yanis-cave-disputed")!;
  const { terms } = await getOrder(clients.publicClient, deployment, { orderId });

  await connectAs(WINE_SELLERS);
  await page.goto(`${appUrl}/merchant/shops/${shopId}/orders/${orderId}`);
  await page.getByText("Le client a signalé un problème", { exact: false }).first().waitFor({ timeout: STEP_TIMEOUT });
  await page.getByLabel(/Rembourser au client/).fill("12,50");
  await browser.screenshot("15-dispute-offer");
  await page.getByRole("button", { name: "Remplacer mon offre" }).click();
  await confirmTransaction(page, /Offre envoyée/);

  const state = await getOrderState(clients.publicClient, deployment, { orderId });
  expect(state.settlementOffer?.buyerAmount).toBe(1_250n * 10n ** 16n);
  const buyer = clients.walletFor(terms.buyer);
  await acceptSettlement(buyer, deployment, { terms, buyerAmount: state.settlementOffer!.buyerAmount });

  await page.reload();
  await page.getByText("Litige réglé par un accord").waitFor({ timeout: STEP_TIMEOUT });
  await browser.screenshot("16-dispute-settled");
  expect((await getOrderState(clients.publicClient, deployment, { orderId })).status).toBe("Resolved");
  expect(thirdPartyRequests(browser.requests, browser.allowedOrigins)).toEqual([]);
}, 180_000);
