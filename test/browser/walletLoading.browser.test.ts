import { afterAll, beforeAll, expect, test } from "vitest";
import { fr } from "./copy.ts";
import { type BrowserStack, startBrowserStack, thirdPartyRequests } from "./harness.ts";

let browser: BrowserStack;

beforeAll(async () => {
  // On localhost, as WebAuthn requires: the wallet picker then offers the passkey wallet.
  browser = await startBrowserStack("walletLoading", { onLocalhost: true });
}, 180_000);

afterAll(async () => {
  await browser?.stop();
});

/** The scripts of the wallet stack and the wallet picker (the build names chunks after their first module). */
const WALLET_SCRIPT = /\/assets\/(walletStack|WalletOptions)-[^/]*\.js$/;

test("a first visit loads no wallet code; connecting loads it, and a reload reconnects the wallet", async () => {
  const { page, appUrl } = browser;
  await page.goto(`${appUrl}/?q=pain`);
  await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 20_000 });
  await page.waitForLoadState("networkidle");
  expect(browser.requests.filter((url) => WALLET_SCRIPT.test(url))).toEqual([]);

  await page
    .getByRole("button", { name: fr("common:wallet.connectShort") })
    .first()
    .click();
  const dialog = page.getByRole("dialog", { name: fr("common:wallet.chooseTitle") });
  await dialog.getByRole("heading", { name: fr("common:passkey.heading") }).waitFor({ timeout: 20_000 });
  await browser.screenshot("options");
  await dialog
    .getByRole("button", { name: /Camille/ })
    .first()
    .click();
  const accountLink = page.getByRole("link", { name: /Camille/ });
  await accountLink.first().waitFor({ timeout: 20_000 });
  expect(browser.requests.filter((url) => WALLET_SCRIPT.test(url)).length).toBeGreaterThan(0);

  await page.reload();
  await accountLink.first().waitFor({ timeout: 20_000 });
  await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 20_000 });
  await browser.screenshot("reconnected");
  expect(thirdPartyRequests(browser.requests, browser.allowedOrigins)).toEqual([]);
});
