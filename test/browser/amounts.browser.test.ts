/**
 * Money in a 6-decimal token on every page that shows it: the demo town's EURC (Circle's FiatToken) paid for a
 * bouquet by Camille, seen by her (shop, basket, checkout, orders, order page), by the florist (catalog, orders,
 * money and a credit the escrow kept while the payout account was blocklisted) and by the bike couriers. An app that
 * scaled EURC by 18 decimals would show 0,00 € or 10¹² times too much: every amount is checked to the cent.
 */
import { accept, getOrder } from "@grandrue/sdk";
import { type Address, erc20Abi, parseAbi } from "viem";
import { afterAll, beforeAll, expect, test } from "vitest";
import { demoShopper, shopOwnerAccountIndex } from "../../scripts/lib/demo-town/index.ts";
import { localClients } from "../../scripts/lib/dev-stack/clients.ts";
import { addToBasket } from "./basket.ts";
import { fr } from "./copy.ts";
import { type BrowserStack, startBrowserStack, thirdPartyRequests } from "./harness.ts";
import { closeTransactionDialog, confirmInWallet, connectDemoAccount } from "./wallet.ts";

let browser: BrowserStack;

beforeAll(async () => {
  browser = await startBrowserStack("amounts");
}, 180_000);

afterAll(async () => {
  await browser?.stop();
});

const camille = demoShopper("camille");
const blocklistAbi = parseAbi(["function blacklist(address account)", "function unBlacklist(address account)"]);

/** The order id at the end of an order page's address (`/orders/0x…`). */
function orderIdOf(url: string): bigint {
  const id = /\/orders\/(0x[0-9a-f]+)$/.exec(new URL(url).pathname)?.[1];
  if (id === undefined) throw new Error(`${url} is not an order page`);
  return BigInt(id);
}

/** The page's visible text with its spaces made plain (French numbers use narrow no-break spaces). */
async function pageText(): Promise<string> {
  return ((await browser.page.locator("main").textContent()) ?? "").replace(/\s+/g, " ");
}

/** No amount on the page looks like EURC scaled as an 18-decimal token. */
async function expectNoMisScaledAmount(): Promise<void> {
  expect(await pageText()).not.toMatch(/0,0000\d|\d{8,},\d\d/);
}

let newOrderId: bigint;

test("Camille pays tulips and their delivery in EURC: 12,50 EURC from the shop page to her order page", async () => {
  const { page, appUrl, seeded } = browser;
  const florist = seeded.shops.get("fleurs-de-lise")!;
  await connectDemoAccount(page, appUrl, /Camille/);
  await page.evaluate((place) => localStorage.setItem("grandrue.place", JSON.stringify(place)), {
    ...camille.home.location,
    label: camille.home.shipping.street,
    source: "coordinates",
  });

  // The shop page: its prices in euros, EURC among the accepted means of payment.
  await page.goto(`${appUrl}/shops/${florist}`);
  await page.getByText("Tulipes du Val de Loire").first().waitFor({ timeout: 30_000 });
  await expect.poll(pageText, { timeout: 30_000 }).toContain("EURC");
  expect(await pageText()).toMatch(/9,00 €/);
  await expectNoMisScaledAmount();
  await browser.screenshot("1-shop");

  await addToBasket(page, appUrl, florist, "tulipes-val-de-loire");

  // The basket: paid in EURC, delivered by the bike couriers (3,50 € in the town centre).
  await page.goto(`${appUrl}/basket`);
  const group = page.locator(".basket-group", { hasText: "Fleurs de Lise" });
  await group.getByRole("radio", { name: "EURC" }).check({ timeout: 30_000 });
  await group.getByRole("radio", { name: /Les Biclous/ }).check();
  await expect.poll(async () => (await group.textContent())?.replace(/\s+/g, " ")).toMatch(/EURC.*12,50 €/);
  await expectNoMisScaledAmount();
  await browser.screenshot("2-basket");

  // Checkout: the total in the token itself, to the cent.
  await page.getByRole("link", { name: fr("orders:basket.checkout") }).click();
  await page.getByRole("textbox", { name: fr("orders:checkout.details.name") }).fill(camille.home.shipping.name);
  await page.getByRole("textbox", { name: fr("orders:checkout.details.street") }).fill(camille.home.shipping.street);
  await page
    .getByRole("textbox", { name: fr("orders:checkout.details.postcode") })
    .fill(camille.home.shipping.postcode);
  await page.getByRole("textbox", { name: fr("orders:checkout.details.city") }).fill(camille.home.shipping.city);
  await page.getByRole("button", { name: fr("orders:checkout.details.continue") }).click();
  await page.getByRole("heading", { name: fr("orders:checkout.review.numberedStep", { number: 2 }) }).waitFor();
  const toPay = page.locator(".currency-totals");
  await expect.poll(async () => (await toPay.textContent())?.replace(/\s+/g, " ")).toContain("12,50 EURC");
  await expectNoMisScaledAmount();
  await browser.screenshot("3-review");

  // One EURC permit and the transaction; her EURC balance drops by exactly 12,50.
  const { publicClient, accounts } = await localClients(browser.stack.rpcUrl);
  const eurc = browser.stack.deployment.tokens!.EURC!.address;
  const balance = () =>
    publicClient.readContract({
      address: eurc,
      abi: erc20Abi,
      functionName: "balanceOf",
      args: [accounts[camille.accountIndex]!],
    });
  const before = await balance();
  await page.getByRole("button", { name: fr("orders:checkout.review.pay", { count: 1 }) }).click();
  await confirmInWallet(page, fr("orders:checkout.pay.success", { count: 1 }));
  await closeTransactionDialog(page);
  expect(before - (await balance())).toBe(12_500_000n);

  // Her orders: the new one and the bouquet on its way, both in euros to the cent.
  await page.goto(`${appUrl}/orders`);
  const rows = page.locator(".order-row", { hasText: "Fleurs de Lise" });
  await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(2);
  await expect.poll(async () => (await rows.first().textContent())?.replace(/\s+/g, " ")).toMatch(/12,50/);
  await expect.poll(async () => (await rows.nth(1).textContent())?.replace(/\s+/g, " ")).toMatch(/40,50/);
  await expectNoMisScaledAmount();
  await browser.screenshot("4-orders");

  await rows.first().getByRole("link").click();
  await page.getByRole("heading", { name: fr("orders:code.title") }).waitFor({ timeout: 30_000 });
  newOrderId = orderIdOf(page.url());
  await expect.poll(pageText, { timeout: 30_000 }).toMatch(/12,50/);
  expect(await pageText()).toMatch(/9,00 €/);
  expect(await pageText()).toMatch(/3,50 €/);
  await expectNoMisScaledAmount();
  await browser.screenshot("5-order");
  expect(thirdPartyRequests(browser.requests, browser.allowedOrigins)).toEqual([]);
}, 240_000);

test("the florist sees the EURC orders, her catalog and her money to the cent, and withdraws a credit in EURC", async () => {
  const { page, appUrl, seeded, stack } = browser;
  const florist = seeded.shops.get("fleurs-de-lise")!;
  const { publicClient, accounts, walletFor } = await localClients(stack.rpcUrl);
  const lise = walletFor(accounts[shopOwnerAccountIndex("fleurs-de-lise")]!);
  const cooperative = walletFor(accounts[0]!);
  const eurc: Address = stack.deployment.tokens!.EURC!.address;

  // The florist accepts Camille's tulips; her payout account is blocklisted by the token's issuer, so when Camille
  // releases the payment the escrow keeps it as a credit.
  const { terms } = await getOrder(publicClient, stack.deployment, { orderId: newOrderId });
  await accept(lise, stack.deployment, { terms });
  await cooperative.writeContract({
    address: eurc,
    abi: blocklistAbi,
    functionName: "blacklist",
    args: [terms.payout],
  });
  await page.goto(`${appUrl}/orders/0x${newOrderId.toString(16).padStart(64, "0")}`);
  await page.getByRole("button", { name: fr("orders:actions.release.button") }).click({ timeout: 30_000 });
  await confirmInWallet(page, fr("orders:actions.release.done", { shop: "Fleurs de Lise" }));
  await closeTransactionDialog(page);
  await cooperative.writeContract({
    address: eurc,
    abi: blocklistAbi,
    functionName: "unBlacklist",
    args: [terms.payout],
  });

  await connectDemoAccount(page, appUrl, /Lise/);
  await page.goto(`${appUrl}/merchant/shops/${florist}/catalog`);
  await page.getByText("Tulipes du Val de Loire").first().waitFor({ timeout: 30_000 });
  expect(await pageText()).toMatch(/9,00 €/);
  await expectNoMisScaledAmount();
  await browser.screenshot("6-catalog");

  await page.goto(`${appUrl}/merchant/shops/${florist}/orders`);
  const credits = page.locator(".credits");
  await credits.waitFor({ timeout: 30_000 });
  expect((await credits.textContent())?.replace(/\s+/g, " ")).toMatch(/9,00 €/);
  // The bouquet on its way (37,00 €) is held until delivery.
  await expect.poll(pageText, { timeout: 30_000 }).toMatch(/37,00 €/);
  await expectNoMisScaledAmount();
  await browser.screenshot("7-orders-money");

  const before = await publicClient.readContract({
    address: eurc,
    abi: erc20Abi,
    functionName: "balanceOf",
    args: [terms.payout],
  });
  await credits.getByRole("button", { name: fr("merchant:money.withdraw.button") }).click();
  const dialog = page.getByRole("dialog");
  expect((await dialog.textContent())?.replace(/\s+/g, " ")).toMatch(/9,00 €/);
  await confirmInWallet(page, fr("merchant:money.withdraw.done"));
  await closeTransactionDialog(page);
  const after = await publicClient.readContract({
    address: eurc,
    abi: erc20Abi,
    functionName: "balanceOf",
    args: [terms.payout],
  });
  expect(after - before).toBe(9_000_000n);
  await browser.screenshot("8-withdrawn");
}, 180_000);

test("the coffee roasters' money shows Yanis's completed EURC order paid out to the cent", async () => {
  const { page, appUrl, seeded } = browser;
  const roastery = seeded.shops.get("brulerie-des-mariniers")!;
  await connectDemoAccount(page, appUrl, /Léa et Malik/);
  await page.goto(`${appUrl}/merchant/shops/${roastery}/orders`);
  const paidOut = page.locator(".money__row").first();
  // Paid out first: the tasting workshop 15,00 € and two bags of the Mariniers blend 17,00 €.
  await expect
    .poll(async () => (await paidOut.textContent())?.replace(/\s+/g, " "), { timeout: 30_000 })
    .toMatch(/32,00 €/);
  await expectNoMisScaledAmount();
  await browser.screenshot("9-roastery-money");
}, 120_000);

test("the bike couriers see the fee of the bouquet they carry, paid in EURC, to the cent", async () => {
  const { page, appUrl } = browser;
  await connectDemoAccount(page, appUrl, /Les Biclous/);
  await page.goto(`${appUrl}/carrier`);
  const bouquet = page.locator("li, article, tr", { hasText: "Fleurs de Lise" }).first();
  await bouquet.waitFor({ timeout: 30_000 });
  await expect.poll(async () => (await bouquet.textContent())?.replace(/\s+/g, " ")).toMatch(/3,50 €/);
  await expectNoMisScaledAmount();
  await browser.screenshot("10-carrier");
}, 120_000);
