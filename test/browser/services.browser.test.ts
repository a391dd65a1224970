import { accept, getOrder } from "@grandrue/sdk";
import { afterAll, beforeAll, expect, test } from "vitest";
import { demoShopper, shopOwnerAccountIndex } from "../../scripts/lib/demo-town/index.ts";
import { localClients } from "../../scripts/lib/dev-stack/clients.ts";
import { type BrowserStack, startBrowserStack, thirdPartyRequests } from "./harness.ts";

let browser: BrowserStack;

beforeAll(async () => {
  browser = await startBrowserStack("services");
}, 180_000);

afterAll(async () => {
  await browser?.stop();
});

const camille = demoShopper("camille");

/** The order id at the end of an order page's address (`/orders/0x…`). */
function orderIdOf(url: string): bigint {
  const id = /\/orders\/(0x[0-9a-f]+)$/.exec(new URL(url).pathname)?.[1];
  if (id === undefined) throw new Error(`${url} is not an order page`);
  return BigInt(id);
}

/** Confirms the transaction dialog that is open, waits for its success message and closes it. */
async function confirmInWallet(success: RegExp): Promise<void> {
  const dialog = browser.page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Continuer dans mon portefeuille" }).click();
  await dialog.getByText(success).waitFor({ timeout: 60_000 });
  await dialog.getByRole("button", { name: "Terminé" }).click();
}

/** Camille's stamps on the bakery's card, as the cards page says them ("3 tampons sur 10"). */
async function bakeryStamps(): Promise<number> {
  const { page, appUrl } = browser;
  await page.goto(`${appUrl}/cards`);
  const card = page.locator(".stamp-card", { hasText: "Le Fournil de la Halle" });
  const text = await card.locator(".stamp-progress__text").textContent({ timeout: 30_000 });
  return Number(/(\d+) tampons? sur 10/.exec(text ?? "")?.[1]);
}

test("Camille sees a bond and a label on shops, filters the search by a label, and earns a stamp at the bakery", async () => {
  const { page, appUrl, seeded, stack } = browser;
  const bakery = seeded.shops.get("fournil-de-la-halle")!;
  const bikeShop = seeded.shops.get("cycles-girard")!;

  await page.goto(`${appUrl}/wallet`);
  await page
    .getByRole("button", { name: /Camille/ })
    .first()
    .click();
  await page.getByRole("button", { name: "Se déconnecter" }).waitFor();
  await page.evaluate((place) => localStorage.setItem("grandrue.place", JSON.stringify(place)), {
    ...camille.home.location,
    label: camille.home.shipping.street,
    source: "coordinates",
  });

  // The bike shop's bond, in euros, with its two-year warranty and what it means.
  await page.goto(`${appUrl}/shops/${bikeShop}`);
  const bond = page.locator(".bond-note");
  await bond.waitFor({ timeout: 30_000 });
  expect(await bond.textContent()).toMatch(/Garanti par une caution de\s*400,00\s€\s·\sgarantie 2 ans/);
  await bond.getByText("Qu'est-ce que cela veut dire ?").click();
  await bond.getByText(/payé sur la caution, jusqu'au montant de la commande/).waitFor();
  await browser.screenshot("1-bond");

  // The bakery's label, with the issuer who vouches for it, and its stamp card.
  await page.goto(`${appUrl}/shops/${bakery}`);
  const label = page.locator(".service-label", { hasText: "Fait main sur place" });
  await label.waitFor({ timeout: 30_000 });
  expect(await label.textContent()).toContain("attribué par Réseau Fait Main d’Aubrelle");
  await page.getByText("10 tampons : Une baguette offerte").waitFor();
  await browser.screenshot("2-label-and-card");

  // Search by that label: only the shops it is valid for remain (the butcher's was revoked).
  await page.goto(`${appUrl}/`);
  const results = page.locator(".result-card");
  await expect.poll(() => results.count(), { timeout: 30_000 }).toBeGreaterThan(5);
  await page
    .getByRole("combobox", { name: "Label attesté" })
    .selectOption({ label: "Fait main sur place (Réseau Fait Main d’Aubrelle)" });
  await expect.poll(() => results.count()).toBe(2);
  const names = await results.locator(".result-card__title").allTextContents();
  expect(names.join(" | ")).toMatch(/Le Fournil de la Halle/);
  expect(names.join(" | ")).toMatch(/Repair Café/);
  expect(names.join(" | ")).not.toMatch(/Boucherie/);
  await browser.screenshot("3-search-by-label");

  // A stamp: Camille orders a loaf to pick up, the bakery accepts, she releases the payment once she has it.
  const stampsBefore = await bakeryStamps();
  await browser.screenshot("4-cards-before");
  await page.goto(`${appUrl}/shops/${bakery}/items/croissant-beurre`);
  await page.getByRole("button", { name: "Ajouter au panier" }).click({ timeout: 30_000 });
  await page.goto(`${appUrl}/basket`);
  await page
    .locator(".basket-group", { hasText: "Le Fournil de la Halle" })
    .getByRole("radio", { name: /Retrait à la boutique/ })
    .check();
  await page.getByRole("link", { name: "Passer la commande" }).click();
  // A pickup needs no address: the order goes straight to review and payment.
  await page.getByRole("button", { name: /^Payer/ }).click({ timeout: 30_000 });
  const payDialog = page.getByRole("dialog");
  await payDialog.getByRole("button", { name: "Continuer dans mon portefeuille" }).click();
  await payDialog.getByText(/C'est payé/).waitFor({ timeout: 60_000 });
  await payDialog.getByRole("button", { name: "Terminé" }).click();
  await page.getByRole("link", { name: "Toutes mes commandes" }).click();
  await page.locator(".order-row", { hasText: "Le Fournil de la Halle" }).first().getByRole("link").click();
  await page.getByRole("heading", { name: "Votre code de livraison" }).waitFor();
  const orderId = orderIdOf(page.url());
  const { publicClient, accounts, walletFor } = await localClients(stack.rpcUrl);
  const { terms } = await getOrder(publicClient, stack.deployment, { orderId });
  await accept(walletFor(accounts[shopOwnerAccountIndex("fournil-de-la-halle")]!), stack.deployment, { terms });
  await page.reload();
  await page.getByRole("button", { name: /Libérer le paiement/ }).click({ timeout: 30_000 });
  await confirmInWallet(/payé/);
  await browser.screenshot("5-released");

  await expect.poll(() => bakeryStamps(), { timeout: 30_000 }).toBe(stampsBefore + 1);
  await browser.screenshot("6-one-more-stamp");

  expect(thirdPartyRequests(browser.requests, browser.allowedOrigins)).toEqual([]);
}, 300_000);
