import { accept, attestCheckpoint, getOrder, relayCheckpoint, signCheckpoint, toDeliveryProof } from "@grandrue/sdk";
import { afterAll, beforeAll, expect, test } from "vitest";
import { carrierAccountIndex, demoShopper, shopOwnerAccountIndex } from "../../scripts/lib/demo-town/index.ts";
import { localClients } from "../../scripts/lib/dev-stack/clients.ts";
import { addToBasket } from "./basket.ts";
import { fr } from "./copy.ts";
import { type BrowserStack, startBrowserStack, thirdPartyRequests } from "./harness.ts";
import { closeTransactionDialog, confirmInWallet, connectDemoAccount } from "./wallet.ts";

let browser: BrowserStack;

beforeAll(async () => {
  browser = await startBrowserStack("shopper");
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

/** Opens an item page and adds it to the basket with the shop's own button. */
test("Camille fills a basket from two shops, pays both orders at once, cancels one and follows the other to her door", async () => {
  const { page, appUrl, seeded, stack } = browser;
  const bakery = seeded.shops.get("fournil-de-la-halle")!;
  const bookshop = seeded.shops.get("librairie-mots-passants")!;

  // Camille connects with the app's own wallet picker; Find remembered where she lives.
  await connectDemoAccount(page, appUrl, /Camille/);
  await page.evaluate((place) => localStorage.setItem("grandrue.place", JSON.stringify(place)), {
    ...camille.home.location,
    label: camille.home.shipping.street,
    source: "coordinates",
  });

  await addToBasket(browser.page, browser.appUrl, bakery, "croissant-beurre");
  await addToBasket(browser.page, browser.appUrl, bookshop, "grand-meaulnes");
  await browser.screenshot("1-item-added");

  // The basket: two shops; pickup at the bakery, the bike couriers for the book, two croissants.
  await page.goto(`${appUrl}/basket`);
  const bakeryGroup = page.locator(".basket-group", { hasText: "Le Fournil de la Halle" });
  const bookshopGroup = page.locator(".basket-group", { hasText: "Librairie Les Mots Passants" });
  await bakeryGroup.getByRole("button", { name: fr("orders:basket.more") }).click();
  await expect
    .poll(() =>
      bakeryGroup
        .getByRole("textbox", { name: fr("orders:basket.quantityOf", { item: "Croissant au beurre" }) })
        .inputValue(),
    )
    .toBe("2");
  await bakeryGroup.getByRole("radio", { name: fr("orders:basket.delivery.pickup") }).check();
  await bookshopGroup.getByRole("radio", { name: /Les Biclous/ }).check();
  expect(await bookshopGroup.textContent()).toMatch(/Total payé en Léman \(monnaie locale\)8,60\s€/);
  await browser.screenshot("2-basket");

  // Checkout: the address once, sealed for the bookshop and the couriers only.
  await page.getByRole("link", { name: fr("orders:basket.checkout") }).click();
  await page.getByRole("textbox", { name: fr("orders:checkout.details.name") }).fill(camille.home.shipping.name);
  await page.getByRole("textbox", { name: fr("orders:checkout.details.street") }).fill(camille.home.shipping.street);
  await page
    .getByRole("textbox", { name: fr("orders:checkout.details.postcode") })
    .fill(camille.home.shipping.postcode);
  await page.getByRole("textbox", { name: fr("orders:checkout.details.city") }).fill(camille.home.shipping.city);
  await page
    .getByRole("textbox", { name: fr("orders:checkout.details.instructions") })
    .fill(camille.home.shipping.instructions ?? "");
  await page
    .getByText(
      fr("orders:checkout.details.readers", {
        count: 2,
        readers: "Librairie Les Mots Passants et Les Biclous, coursiers à vélo-cargo",
      }),
      { exact: false },
    )
    .waitFor();
  await browser.screenshot("3-address");
  await page.getByRole("button", { name: fr("orders:checkout.details.continue") }).click();
  await page.getByRole("heading", { name: fr("orders:checkout.review.numberedStep", { number: 2 }) }).waitFor();
  const toPay = page.locator(".currency-totals");
  await expect.poll(() => toPay.textContent()).toContain("11,20 LEM");
  await browser.screenshot("4-review");

  // One payment for both shops: the seed signature, the Léman permit, then the transaction.
  await page.getByRole("button", { name: fr("orders:checkout.review.pay", { count: 2 }) }).click();
  await confirmInWallet(page, fr("orders:checkout.pay.success", { count: 2 }));
  await browser.screenshot("5-paid-dialog");
  await closeTransactionDialog(page);
  await page.getByRole("heading", { name: fr("orders:checkout.paidTitle") }).waitFor();
  await browser.screenshot("6-paid");
  expect(await page.getByRole("link", { name: /^Panier/ }).getAttribute("aria-label")).toBe(
    fr("common:nav.basketWithCount", { count: 0 }),
  );

  // Both orders are paid and waiting for their shop, newest first.
  await page.getByRole("link", { name: fr("orders:checkout.paid.all") }).click();
  const rows = page.locator(".order-row");
  await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeGreaterThan(2);
  for (const index of [0, 1]) expect(await rows.nth(index).textContent()).toContain(fr("orders:status.paid"));
  await browser.screenshot("7-orders");

  // She cancels the bakery order before the bakery accepts it.
  await rows.filter({ hasText: "Le Fournil de la Halle" }).first().getByRole("link").click();
  await page.getByRole("button", { name: fr("orders:actions.cancel.button") }).click();
  await confirmInWallet(page, fr("orders:actions.cancel.done"));
  await closeTransactionDialog(page);
  await page.getByText(fr("orders:status.cancelled")).first().waitFor();
  await browser.screenshot("8-cancelled");

  // The bookshop accepts, the couriers pick the book up (relayed signature) and head out.
  await page.goto(`${appUrl}/orders`);
  await page.locator(".order-row", { hasText: "Librairie Les Mots Passants" }).first().getByRole("link").click();
  await page.getByRole("heading", { name: fr("orders:code.title") }).waitFor();
  const orderId = orderIdOf(page.url());
  const { publicClient, accounts, walletFor } = await localClients(stack.rpcUrl);
  const shopOwner = walletFor(accounts[shopOwnerAccountIndex("librairie-mots-passants")]!);
  const courier = walletFor(accounts[carrierAccountIndex("bike-courier")]!);
  const relayer = walletFor(accounts[0]!);
  const { terms } = await getOrder(publicClient, stack.deployment, { orderId });
  await accept(shopOwner, stack.deployment, { terms });
  const now = Number((await publicClient.getBlock()).timestamp);
  const pickup = await signCheckpoint(courier, stack.deployment, { orderId, checkpoint: "PickedUp", recordedAt: now });
  await relayCheckpoint(relayer, stack.deployment, { ...pickup, terms });
  await attestCheckpoint(courier, stack.deployment, { terms, checkpoint: "OutForDelivery" });

  // At the door she shows her code; the courier records the delivery with it.
  await page.reload();
  await page.getByRole("button", { name: fr("orders:code.show") }).click();
  const deliveryCode =
    (await page.locator('.delivery-code__text [aria-hidden="true"]').textContent({ timeout: 30_000 })) ?? "";
  expect(deliveryCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  await page.getByRole("img", { name: fr("orders:code.qrAlt") }).waitFor();
  await browser.screenshot("9-delivery-code");
  await attestCheckpoint(courier, stack.deployment, {
    terms,
    checkpoint: "Delivered",
    deliveryProof: toDeliveryProof(deliveryCode),
  });

  await page.reload();
  const timeline = page.locator(".order-timeline");
  await expect
    .poll(() => timeline.locator(".order-timeline__what").allTextContents(), { timeout: 20_000 })
    .toEqual([
      fr("orders:timeline.paid"),
      fr("orders:timeline.accepted"),
      fr("orders:timeline.pickedUp"),
      fr("orders:timeline.outForDelivery"),
      fr("orders:timeline.delivered"),
    ]);
  await browser.screenshot("10-delivered");
  await page.locator(".order-facts").getByText(fr("orders:facts.deliveredWithCode")).waitFor();

  // Happy with it, she pays the shop at once, which lets her review the purchase.
  await page.getByRole("button", { name: fr("orders:actions.release.button") }).click();
  await confirmInWallet(page, fr("orders:actions.release.done", { shop: "Librairie Les Mots Passants" }));
  await closeTransactionDialog(page);
  await page.getByRole("radio", { name: fr("orders:actions.review.stars", { count: 5 }) }).waitFor({ timeout: 20_000 });

  // And she leaves a review.
  await page.getByRole("radio", { name: fr("orders:actions.review.stars", { count: 5 }) }).check();
  await page
    .getByRole("textbox", { name: fr("orders:actions.review.text") })
    .fill("Livré à vélo le jour même, avec un petit mot de la libraire. Merci !");
  await page.getByRole("button", { name: fr("orders:actions.review.button") }).click();
  await confirmInWallet(page, fr("orders:actions.review.done"));
  await closeTransactionDialog(page);
  await timeline.getByText(fr("orders:timeline.reviewed", { rating: 5 })).waitFor({ timeout: 20_000 });
  await browser.screenshot("11-reviewed");

  expect(thirdPartyRequests(browser.requests, browser.allowedOrigins)).toEqual([]);
}, 300_000);
