import { accept, attestCheckpoint, getOrder, toDeliveryProof } from "@grandrue/sdk";
import { passkeyAccountAbi } from "@grandrue/sdk/abis";
import type { Address } from "viem";
import { afterAll, beforeAll, expect, test } from "vitest";
import { carrierAccountIndex, demoShopper, shopOwnerAccountIndex } from "../../scripts/lib/demo-town/index.ts";
import { localClients } from "../../scripts/lib/dev-stack/clients.ts";
import { addToBasket } from "./basket.ts";
import { fr } from "./copy.ts";
import { type BrowserStack, startBrowserStack, thirdPartyRequests } from "./harness.ts";
import { closeTransactionDialog, confirmInWallet } from "./wallet.ts";

let browser: BrowserStack;

beforeAll(async () => {
  browser = await startBrowserStack("passkey", { withRelayer: true, onLocalhost: true });
}, 240_000);

afterAll(async () => {
  await browser?.stop();
});

/** Camille's address: a shopper of the demo town, here starting from nothing but a passkey. */
const home = demoShopper("camille").home;

/** Opens an item page and adds it to the basket with the shop's own button. */
test("Inès starts with nothing: a passkey, demo euros from the faucet, two shops paid, followed, confirmed and reviewed, never holding the network's coin", async () => {
  const { page, appUrl, seeded, stack } = browser;
  const { publicClient, accounts, walletFor } = await localClients(stack.rpcUrl);
  const bakery = seeded.shops.get("fournil-de-la-halle")!;
  const bookshop = seeded.shops.get("librairie-mots-passants")!;

  // Chromium's virtual authenticator: a platform passkey with user verification and the PRF extension.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      hasPrf: true,
      automaticPresenceSimulation: true,
    },
  });

  // One tap: a named passkey, connected, and the account's address to receive euros (no transaction yet).
  await page.goto(`${appUrl}/wallet`);
  await page.getByRole("button", { name: fr("common:passkey.create") }).click();
  await page.getByText(fr("common:passkey.nameMissing")).waitFor();
  await page.getByRole("textbox", { name: fr("common:passkey.name") }).fill("Inès");
  await page.getByRole("button", { name: fr("common:passkey.create") }).click();
  await page.getByRole("button", { name: fr("common:wallet.disconnect") }).waitFor({ timeout: 30_000 });
  const card = page.locator(".passkey-account");
  await card.getByRole("img", { name: fr("common:passkey.account.qr") }).waitFor();
  const account = /0x[0-9a-fA-F]{40}/.exec((await card.textContent()) ?? "")?.[0] as Address;
  expect(account).toMatch(/^0x/);
  expect(await publicClient.getCode({ address: account })).toBeUndefined();
  const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  expect(credentials.map((credential) => credential.userName)).toEqual(["Grandrue — Inès"]);
  await browser.screenshot("1-passkey-account");
  const native = () => publicClient.getBalance({ address: account });
  expect(await native()).toBe(0n);

  // The faucet: a bad address first, then the account's.
  await page.goto(`${appUrl}/faucet`);
  const recipient = page.getByRole("textbox", { name: fr("common:faucet.address") });
  await recipient.fill("0x1234");
  await page.getByRole("button", { name: fr("common:faucet.send") }).click();
  await page.getByText(fr("common:faucet.badAddress")).waitFor();
  await recipient.fill(account);
  await page.getByRole("textbox", { name: fr("common:faucet.amount") }).fill("100");
  await page.getByRole("button", { name: fr("common:faucet.send") }).click();
  await page.getByText(fr("common:faucet.sent", { amount: "100 €", address: account })).waitFor({ timeout: 30_000 });
  await browser.screenshot("2-faucet");

  // She lives at Camille's address (Find remembers where).
  await page.evaluate((place) => localStorage.setItem("grandrue.place", JSON.stringify(place)), {
    ...home.location,
    label: home.shipping.street,
    source: "coordinates",
  });
  await addToBasket(browser.page, browser.appUrl, bakery, "croissant-beurre");
  await addToBasket(browser.page, browser.appUrl, bookshop, "grand-meaulnes");
  await page.goto(`${appUrl}/basket`);
  const bakeryGroup = page.locator(".basket-group", { hasText: "Le Fournil de la Halle" });
  const bookshopGroup = page.locator(".basket-group", { hasText: "Librairie Les Mots Passants" });
  await bakeryGroup.getByRole("radio", { name: /EURC/ }).check();
  await bookshopGroup.getByRole("radio", { name: /EURC/ }).check();
  await bakeryGroup.getByRole("radio", { name: fr("orders:basket.delivery.pickup") }).check();
  await bookshopGroup.getByRole("radio", { name: /Les Biclous/ }).check();
  await browser.screenshot("3-basket");

  await page.getByRole("link", { name: fr("orders:basket.checkout") }).click();
  await page.getByRole("textbox", { name: fr("orders:checkout.details.name") }).fill("Inès Marchal");
  await page.getByRole("textbox", { name: fr("orders:checkout.details.street") }).fill(home.shipping.street);
  await page.getByRole("textbox", { name: fr("orders:checkout.details.postcode") }).fill(home.shipping.postcode);
  await page.getByRole("textbox", { name: fr("orders:checkout.details.city") }).fill(home.shipping.city);
  await page.getByRole("button", { name: fr("orders:checkout.details.continue") }).click();
  await browser.screenshot("4-details");
  await page.getByRole("heading", { name: fr("orders:checkout.review.numberedStep", { number: 2 }) }).waitFor();

  // Pay: the seed from the passkey's PRF and one batch (approve + checkout + the relayer's fee), both passkey prompts.
  const payClickedAt = performance.now();
  await page.getByRole("button", { name: fr("orders:checkout.review.pay", { count: 2 }) }).click();
  await confirmInWallet(page, fr("orders:checkout.pay.success", { count: 2 }));
  const payToReceiptMs = performance.now() - payClickedAt;
  console.log(`passkey story: "Pay" to receipt ${Math.round(payToReceiptMs)} ms`);
  await browser.screenshot("5-paid");
  await closeTransactionDialog(page);
  expect(await publicClient.getCode({ address: account })).toMatch(/^0x/);
  expect(await native()).toBe(0n);

  // Follow the bookshop order: accepted, picked up, delivered with the code the passkey's seed derives.
  await page.goto(`${appUrl}/orders`);
  await page.locator(".order-row", { hasText: "Librairie Les Mots Passants" }).first().getByRole("link").click();
  await page.getByRole("heading", { name: fr("orders:code.title") }).waitFor({ timeout: 30_000 });
  const orderId = BigInt(/\/orders\/(0x[0-9a-f]+)$/.exec(new URL(page.url()).pathname)![1]!);
  const shopOwner = walletFor(accounts[shopOwnerAccountIndex("librairie-mots-passants")]!);
  const courier = walletFor(accounts[carrierAccountIndex("bike-courier")]!);
  const { terms } = await getOrder(publicClient, stack.deployment, { orderId });
  expect(terms.buyer).toBe(account);
  await accept(shopOwner, stack.deployment, { terms });
  await attestCheckpoint(courier, stack.deployment, { terms, checkpoint: "PickedUp" });
  await page.reload();
  await page.getByRole("button", { name: fr("orders:code.show") }).click();
  const deliveryCode =
    (await page.locator('.delivery-code__text [aria-hidden="true"]').textContent({ timeout: 30_000 })) ?? "";
  expect(deliveryCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  await attestCheckpoint(courier, stack.deployment, {
    terms,
    checkpoint: "Delivered",
    deliveryProof: toDeliveryProof(deliveryCode),
  });

  // Confirm (release the shop's money) and review: one passkey prompt each, through the relayer.
  await page.reload();
  await page.getByRole("button", { name: fr("orders:actions.release.button") }).click({ timeout: 30_000 });
  await confirmInWallet(page, fr("orders:actions.release.done", { shop: "Librairie Les Mots Passants" }));
  await closeTransactionDialog(page);
  await page.getByRole("radio", { name: fr("orders:actions.review.stars", { count: 5 }) }).check({ timeout: 20_000 });
  await page
    .getByRole("textbox", { name: fr("orders:actions.review.text") })
    .fill("Payé avec une clé d'accès, livré à vélo.");
  await page.getByRole("button", { name: fr("orders:actions.review.button") }).click();
  await confirmInWallet(page, fr("orders:actions.review.done"));
  await closeTransactionDialog(page);
  await page
    .locator(".order-timeline")
    .getByText(fr("orders:timeline.reviewed", { rating: 5 }))
    .waitFor({ timeout: 20_000 });
  await browser.screenshot("6-reviewed");

  // Recovery: a second passkey (another device) joins the account with one prompt of the first.
  await page.goto(`${appUrl}/wallet`);
  await page.getByRole("button", { name: fr("common:passkey.recovery.add") }).click();
  await page.getByText(fr("common:passkey.recovery.added")).waitFor({ timeout: 30_000 });
  await browser.screenshot("7-second-passkey");
  const count = await publicClient.readContract({
    address: account,
    abi: passkeyAccountAbi,
    functionName: "passkeyCount",
  });
  expect(count).toBe(2n);

  // On a device that does not know the passkey (its storage emptied): one pick finds the account again.
  await page.getByRole("button", { name: fr("common:wallet.disconnect") }).click();
  await page.evaluate(() => localStorage.removeItem("grandrue.passkeys"));
  await page.reload();
  await page.getByRole("button", { name: fr("common:passkey.find") }).click();
  await page.getByRole("button", { name: fr("common:wallet.disconnect") }).waitFor({ timeout: 30_000 });
  expect(await page.locator(".passkey-account").textContent()).toContain(account);
  await browser.screenshot("8-found-again");

  // A passkey prompt the shopper does not complete says so plainly.
  await cdp.send("WebAuthn.setUserVerified", { authenticatorId, isUserVerified: false });
  await page.getByRole("button", { name: fr("common:passkey.recovery.add") }).click();
  await page.getByText(fr("common:passkey.errors.cancelled")).waitFor({ timeout: 30_000 });

  expect(await native()).toBe(0n);
  expect(thirdPartyRequests(browser.requests, browser.allowedOrigins)).toEqual([]);
}, 400_000);
