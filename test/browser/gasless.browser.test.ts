import { accept, getOrder, signCheckpoint } from "@grandrue/sdk";
import type { Address } from "viem";
import { afterAll, beforeAll, expect, test } from "vitest";
import { carrierAccountIndex, demoShopper, shopOwnerAccountIndex } from "../../scripts/lib/demo-town/index.ts";
import { localClients } from "../../scripts/lib/dev-stack/clients.ts";
import { addToBasket } from "./basket.ts";
import { fr } from "./copy.ts";
import { type BrowserStack, startBrowserStack, thirdPartyRequests } from "./harness.ts";
import { closeTransactionDialog, confirmInWallet, connectDemoAccount } from "./wallet.ts";

let browser: BrowserStack;
let relayerUrl: string;

beforeAll(async () => {
  // The dev stack's relayer, as `npm run dev` runs it: the public dev account, fees in the local currency and EURC.
  browser = await startBrowserStack("gasless", { withRelayer: true });
  relayerUrl = browser.stack.relayer!.url;
}, 240_000);

afterAll(async () => {
  await browser?.stop();
});

const zoe = demoShopper("zoe");

async function nativeBalance(address: Address): Promise<bigint> {
  const { publicClient } = await localClients(browser.stack.rpcUrl);
  return publicClient.getBalance({ address });
}

/**
 * Confirms a relayed action in the open dialog: the relayer's fee is shown first, then the wallet signs. A relayer
 * whose fee rose since its quote refuses the signed one and names its own: the shopper sees it and signs again.
 */
async function confirmThroughRelayer(success: string): Promise<void> {
  const dialog = browser.page.getByRole("dialog");
  const feeLine = dialog.getByText(fr("common:relaying.fee.label", { relayer: new URL(relayerUrl).host }));
  await feeLine.waitFor({ timeout: 30_000 });
  await dialog.getByRole("button", { name: fr("common:transaction.confirm") }).click();
  const done = dialog.getByText(success, { exact: false });
  const feeRose = dialog.getByText(fr("common:relaying.codes.FeeTooLow"), { exact: false });
  await done.or(feeRose).first().waitFor({ timeout: 60_000 });
  if (await done.isVisible()) return;
  await dialog.getByRole("button", { name: fr("common:actions.retry") }).click();
  await feeLine.waitFor();
  await confirmInWallet(browser.page, success).catch(async (error: unknown) => {
    throw new Error(`${String(error)}\nThe dialog said: ${await dialog.textContent()}`);
  });
}

test("Zoé, with EURC and exactly zero ETH, buys from two shops, follows her order, confirms it, pays and reviews, all through the relayer, which also records the courier's offline pick-up", async () => {
  const { page, appUrl, seeded, stack } = browser;
  const bakery = seeded.shops.get("fournil-de-la-halle")!;
  const cheeseShop = seeded.shops.get("fromagerie-vallet")!;
  const zoeAddress = (await localClients(stack.rpcUrl)).accounts[zoe.accountIndex]!;
  expect(await nativeBalance(zoeAddress)).toBe(0n);

  await connectDemoAccount(page, appUrl, /Zoé/);
  await page.evaluate((place) => localStorage.setItem("grandrue.place", JSON.stringify(place)), {
    ...zoe.home.location,
    label: zoe.home.shipping.street,
    source: "coordinates",
  });
  await addToBasket(browser.page, browser.appUrl, bakery, "croissant-beurre");
  await addToBasket(browser.page, browser.appUrl, cheeseShop, "selles-sur-cher");

  // The basket: both shops paid in EURC; pickup at the bakery, the cheese by the bike couriers.
  await page.goto(`${appUrl}/basket`);
  const bakeryGroup = page.locator(".basket-group", { hasText: "Le Fournil de la Halle" });
  const cheeseGroup = page.locator(".basket-group", { hasText: "Fromagerie Vallet" });
  await bakeryGroup.getByRole("radio", { name: /EURC/ }).check();
  await cheeseGroup.getByRole("radio", { name: /EURC/ }).check();
  await bakeryGroup.getByRole("radio", { name: fr("orders:basket.delivery.pickup") }).check();
  await cheeseGroup.getByRole("radio", { name: /Les Biclous/ }).check();
  await browser.screenshot("1-basket");

  await page.getByRole("link", { name: fr("orders:basket.checkout") }).click();
  await page.getByRole("textbox", { name: fr("orders:checkout.details.name") }).fill(zoe.home.shipping.name);
  await page.getByRole("textbox", { name: fr("orders:checkout.details.street") }).fill(zoe.home.shipping.street);
  await page.getByRole("textbox", { name: fr("orders:checkout.details.postcode") }).fill(zoe.home.shipping.postcode);
  await page.getByRole("textbox", { name: fr("orders:checkout.details.city") }).fill(zoe.home.shipping.city);
  await page.getByRole("button", { name: fr("orders:checkout.details.continue") }).click();
  await page.getByRole("heading", { name: fr("orders:checkout.review.numberedStep", { number: 2 }) }).waitFor();
  // Her wallet holds no ETH: the switch says a relayer sends, paid in the order's currency.
  await page.getByText(fr("common:relaying.switch.noNativeCoin")).waitFor({ timeout: 30_000 });
  await browser.screenshot("2-review");

  // One signed checkout for both shops (ERC-3009 authorization of the total and the fee), sent by the relayer.
  await page.getByRole("button", { name: fr("orders:checkout.review.pay", { count: 2 }) }).click();
  await browser.page
    .getByRole("dialog")
    .getByText(fr("common:relaying.fee.label", { relayer: new URL(relayerUrl).host }))
    .waitFor({ timeout: 30_000 });
  await browser.screenshot("3-relayer-fee");
  await confirmInWallet(page, fr("orders:checkout.pay.success", { count: 2 }));
  await closeTransactionDialog(page);
  await page.getByRole("heading", { name: fr("orders:checkout.paidTitle") }).waitFor();

  // The cheese shop accepts; the courier signed the pick-up on a phone without signal and hands the signed text to
  // the co-op's phone, whose carrier screen sends it through the relayer (sponsored: no account pays for it).
  await page.getByRole("link", { name: fr("orders:checkout.paid.all") }).click();
  await page.locator(".order-row", { hasText: "Fromagerie Vallet" }).first().getByRole("link").click();
  await page.getByRole("heading", { name: fr("orders:code.title") }).waitFor();
  const orderPath = new URL(page.url()).pathname;
  const orderId = BigInt(/\/orders\/(0x[0-9a-f]+)$/.exec(orderPath)![1]!);
  const { publicClient, accounts, walletFor } = await localClients(stack.rpcUrl);
  const { terms } = await getOrder(publicClient, stack.deployment, { orderId });
  await accept(walletFor(accounts[shopOwnerAccountIndex("fromagerie-vallet")]!), stack.deployment, { terms });
  const courier = walletFor(accounts[carrierAccountIndex("bike-courier")]!);
  const now = Number((await publicClient.getBlock()).timestamp);
  const { attestation, signature } = await signCheckpoint(courier, stack.deployment, {
    orderId,
    checkpoint: "PickedUp",
    recordedAt: now,
  });
  const signedText = JSON.stringify({
    attestation: {
      ...attestation,
      orderId: attestation.orderId.toString(),
      recordedAt: attestation.recordedAt.toString(),
      nonce: attestation.nonce.toString(),
      deadline: attestation.deadline.toString(),
    },
    signature,
  });
  await connectDemoAccount(page, appUrl, /Les Biclous/);
  await page.goto(`${appUrl}/carrier`);
  await page.getByText(fr("carrier:relay.pasteTitle")).click({ timeout: 30_000 });
  await page.getByRole("textbox", { name: fr("carrier:relay.pasteLabel") }).fill(signedText);
  await page.getByRole("button", { name: fr("carrier:relay.pasteAdd") }).click();
  await page.getByRole("button", { name: fr("carrier:relay.relayerButton", { count: 1 }) }).click();
  await page
    .getByText(fr("carrier:relay.status.confirmed", { relayer: new URL(relayerUrl).host }), { exact: false })
    .waitFor({ timeout: 60_000 });
  await browser.screenshot("4-courier-relayed");
  await connectDemoAccount(page, appUrl, /Zoé/);
  await page.goto(`${appUrl}${orderPath}`);

  // The parcel was left at her door: she confirms receipt, then pays the shop at once, then reviews.
  await page.getByRole("button", { name: fr("orders:actions.confirmReceipt.button") }).click({ timeout: 30_000 });
  await confirmThroughRelayer(fr("orders:actions.confirmReceipt.done"));
  await browser.screenshot("5-received");
  await closeTransactionDialog(page);
  await page.getByRole("button", { name: fr("orders:actions.release.button") }).click({ timeout: 30_000 });
  await confirmThroughRelayer(fr("orders:actions.release.done", { shop: "Fromagerie Vallet" }));
  await closeTransactionDialog(page);
  const fiveStars = page.getByRole("radio", { name: fr("orders:actions.review.stars", { count: 5 }) });
  await fiveStars.check({ timeout: 30_000 });
  await page
    .getByRole("textbox", { name: fr("orders:actions.review.text") })
    .fill("Un selles-sur-cher parfait, livré à vélo. Et je n'ai pas eu besoin d'ETH !");
  await page.getByRole("button", { name: fr("orders:actions.review.button") }).click();
  await browser.page
    .getByRole("dialog")
    .getByText(fr("common:relaying.fee.sponsored", { relayer: new URL(relayerUrl).host }))
    .waitFor({ timeout: 30_000 });
  await confirmInWallet(page, fr("orders:actions.review.done"));
  await closeTransactionDialog(page);
  await page
    .locator(".order-timeline")
    .getByText(fr("orders:timeline.reviewed", { rating: 5 }))
    .waitFor({ timeout: 20_000 });
  await browser.screenshot("6-reviewed");

  expect(await nativeBalance(zoeAddress)).toBe(0n);
  expect(thirdPartyRequests(browser.requests, browser.allowedOrigins)).toEqual([]);
}, 400_000);
