import { writeFile } from "node:fs/promises";
import { attestCheckpoint, getOrder, type MarketWalletClient } from "@grandrue/sdk";
import { afterAll, beforeAll, expect, test } from "vitest";
import { carrierAccountIndex } from "../../scripts/lib/demo-town/index.ts";
import { localClients } from "../../scripts/lib/dev-stack/clients.ts";
import { type BrowserStack, SCREENSHOT_DIR, startBrowserStack, thirdPartyRequests } from "./harness.ts";
import { connectDemoAccount } from "./wallet.ts";

let browser: BrowserStack;

beforeAll(async () => {
  browser = await startBrowserStack("ux");
  // Browser notifications are allowed for the app, and each one shown is recorded for the story to read.
  await browser.context.grantPermissions(["notifications"], { origin: browser.appUrl });
  await browser.context.addInitScript(() => {
    const shown: { title: string; body?: string }[] = [];
    const Real = window.Notification;
    class RecordedNotification {
      static get permission() {
        return Real.permission;
      }
      static requestPermission() {
        return Real.requestPermission();
      }
      constructor(title: string, options?: NotificationOptions) {
        shown.push({ title, body: options?.body });
      }
    }
    Object.assign(window, { Notification: RecordedNotification, shownNotifications: shown });
  });
}, 180_000);

afterAll(async () => {
  await browser?.stop();
});

test("the find page's map draws the town from the app's own tile archive, with the shops found, and talks to no one else", async () => {
  const { page, appUrl } = browser;
  await page.goto(`${appUrl}/?q=fromage`);
  await page.getByRole("button", { name: "Place du Marché, Aubrelle-sur-Loire" }).click();
  const results = page.getByRole("region", { name: /« fromage » près de/ });
  await expect.poll(() => results.getByRole("article").count(), { timeout: 30_000 }).toBeGreaterThan(0);
  const scriptsBefore = browser.requests.filter((url) => /maplibre|ResultsMap/.test(url));
  expect(scriptsBefore).toEqual([]);

  await page.getByRole("button", { name: "Voir sur une carte" }).click();
  const map = page.getByTestId("results-map");
  await map.locator("canvas").waitFor({ timeout: 30_000 });
  await expect.poll(() => map.locator("a.map-marker").count(), { timeout: 30_000 }).toBeGreaterThan(0);
  const firstMarker = map.locator("a.map-marker").first();
  expect(await firstMarker.textContent()).toBe("1");
  await expect
    .poll(() => browser.requests.filter((url) => url.endsWith("/map/aubrelle-sur-loire.pmtiles")).length, {
      timeout: 30_000,
    })
    .toBeGreaterThan(0);
  await page.waitForTimeout(1500);
  expect(await page.getByText("La carte n'a pas pu s'afficher").count()).toBe(0);
  await browser.screenshot("1-map");
  await page.setViewportSize({ width: 360, height: 800 });
  await page.getByRole("button", { name: "Autour de vous" }).click();
  await browser.screenshot("1-map-phone");
  await page.setViewportSize({ width: 1280, height: 900 });

  await firstMarker.click();
  await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/shops\/\d+$/);
  expect(thirdPartyRequests(browser.requests, browser.allowedOrigins)).toEqual([]);
}, 120_000);

test("Camille is told, in the header, her news and a browser notification, when the courier picks up her coffee; her receipt prints as a PDF", async () => {
  const { page, appUrl, seeded, stack } = browser;
  await connectDemoAccount(page, appUrl, /Camille/);

  // First visit of her news: what happened before is there, already seen; she turns notifications on.
  await page.goto(`${appUrl}/inbox`);
  await page.getByRole("heading", { name: "Mes achats" }).waitFor({ timeout: 30_000 });
  expect(await page.getByText("Nouveau", { exact: true }).count()).toBe(0);
  await page.getByRole("button", { name: "Activer les notifications" }).click();
  await page.getByText("Notifications activées dans ce navigateur.").waitFor();
  await page.goto(appUrl);

  // The courier picks up her accepted coffee order.
  const orderId = seeded.orders.get("camille-brulerie-accepted")!;
  const { publicClient, accounts, walletFor } = await localClients(stack.rpcUrl);
  const courier = walletFor(accounts[carrierAccountIndex("bike-courier")]!) as unknown as MarketWalletClient;
  const { terms } = await getOrder(publicClient, stack.deployment, { orderId });
  await attestCheckpoint(courier, stack.deployment, { terms, checkpoint: "PickedUp" });

  await page.getByRole("link", { name: /Nouvelles.*1 nouvelle/ }).waitFor({ timeout: 30_000 });
  const notifications = await page.evaluate(
    () => (window as unknown as { shownNotifications: { title: string; body?: string }[] }).shownNotifications,
  );
  expect(notifications).toEqual([
    {
      title: "Grandrue",
      body: expect.stringMatching(
        /^Votre commande 0x[0-9a-f]{8} \(Brûlerie des Mariniers\) est partie avec le livreur\.$/,
      ),
    },
  ]);
  await page.getByRole("link", { name: /Nouvelles/ }).click();
  const news = page.getByRole("region", { name: "Mes achats" }).getByRole("listitem").first();
  expect(await news.textContent()).toMatch(/^Nouveau.*est partie avec le livreur\./);
  await browser.screenshot("2-inbox");
  await page.setViewportSize({ width: 360, height: 800 });
  await browser.screenshot("2-inbox-phone");
  await page.setViewportSize({ width: 1280, height: 900 });

  // Her receipt of a completed bakery order: the bakery's legal identity and the VAT at 5,5 %, then a real PDF.
  const bakeryOrder = seeded.orders.get("camille-fournil-completed-1")!;
  await page.goto(`${appUrl}/orders/0x${bakeryOrder.toString(16).padStart(64, "0")}`);
  await page.getByRole("link", { name: "Reçu" }).click();
  const receipt = page.getByRole("article", { name: "Reçu" });
  await receipt.getByText("SARL Fournil de la Halle").waitFor({ timeout: 30_000 });
  expect(await receipt.getByText("SIRET : 81234567600017").count()).toBe(1);
  // The VAT rates come from the catalog version the order names, read after the order's items.
  await receipt.getByRole("table", { name: "Détail de la TVA" }).getByText("5,5 %").waitFor({ timeout: 30_000 });
  await browser.screenshot("3-receipt");
  await page.setViewportSize({ width: 360, height: 800 });
  await browser.screenshot("3-receipt-phone");
  await page.setViewportSize({ width: 1280, height: 900 });
  const pdf = await page.pdf({ format: "A4" });
  await writeFile(`${SCREENSHOT_DIR}/ux-3-receipt.pdf`, pdf);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);

  expect(thirdPartyRequests(browser.requests, browser.allowedOrigins)).toEqual([]);
}, 150_000);

test("a shopper sees how many brioches are left, and cannot ask for more", async () => {
  const { page, appUrl, seeded } = browser;
  const bakery = seeded.shops.get("fournil-de-la-halle")!;
  await page.goto(`${appUrl}/shops/${bakery}/items/brioche-tressee`);
  await page.getByText("Plus que 3").first().waitFor({ timeout: 30_000 });
  await page.getByRole("spinbutton", { name: "Quantité" }).fill("4");
  await page.getByText("Il n'en reste que 3 : choisissez 3 au plus.").waitFor();
  expect(await page.getByRole("button", { name: "Ajouter au panier" }).isDisabled()).toBe(true);
  await browser.screenshot("4-stock");
}, 60_000);

test("a new merchant's receipt details are checked before anything is published: a SIRET that fails its check is refused in words", async () => {
  const { page, appUrl } = browser;
  await connectDemoAccount(page, appUrl, /^Compte de test 16/);
  await page.goto(`${appUrl}/merchant/new`);
  await page.getByLabel(/^Raison sociale/).fill("SAS Le Panier d’Aubrelle");
  await page.getByLabel(/^SIRET/).fill("123 456 789 00010");
  await page.getByRole("button", { name: "Ouvrir mon commerce" }).click();
  await page.getByText("Un SIRET compte 14 chiffres, et celui-ci ne passe pas le contrôle", { exact: false }).waitFor();
  expect(await page.getByRole("dialog").count()).toBe(0);
  await page.getByLabel(/^SIRET/).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/ux-5-legal-refused.png` });
}, 60_000);

test("the baker counts her brioches in the item form, and a stock that is not a count is refused", async () => {
  const { page, appUrl, seeded } = browser;
  const bakery = seeded.shops.get("fournil-de-la-halle")!;
  await connectDemoAccount(page, appUrl, /^Mathilde/);
  await page.goto(`${appUrl}/merchant/shops/${bakery}/catalog`);
  await page.getByRole("button", { name: "Modifier « Brioche tressée au sucre perlé »" }).click({ timeout: 30_000 });
  const stock = page.getByLabel(/^Stock/).first();
  expect(await stock.inputValue()).toBe("3");
  expect(await page.getByLabel(/^TVA incluse/).inputValue()).toBe("5.5");
  await stock.fill("-2");
  await page.getByRole("button", { name: "Enregistrer dans le brouillon" }).click();
  // The limit is written as French numbers are: 100 000, with a narrow no-break space.
  await page.getByText("Un nombre entier de 0 à 100\u202f000, ou rien pour ne pas compter le stock.").waitFor();
  await stock.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/ux-6-item-stock.png` });
  await page.setViewportSize({ width: 360, height: 800 });
  await stock.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/ux-6-item-stock-phone.png` });
  await page.setViewportSize({ width: 1280, height: 900 });
}, 60_000);
