import { afterAll, beforeAll, expect, test } from "vitest";
import { type BrowserStack, startBrowserStack, thirdPartyRequests } from "./harness.ts";

let browser: BrowserStack;

beforeAll(async () => {
  browser = await startBrowserStack("shell");
}, 180_000);

afterAll(async () => {
  await browser?.stop();
});

test("the app opens in French on the local chain, offers the dev wallet, and talks to no third party", async () => {
  const { page, appUrl } = browser;
  await page.goto(appUrl);
  await expect.poll(() => page.locator("h1").first().textContent(), { timeout: 20_000 }).toBeTruthy();
  expect(await page.locator("html").getAttribute("lang")).toBe("fr");
  await browser.screenshot("home");
  await page.goto(`${appUrl}/wallet`);
  await expect.poll(() => page.getByText("Camille").count(), { timeout: 10_000 }).toBeGreaterThan(0);
  await browser.screenshot("wallet");
  expect(thirdPartyRequests(browser.requests, browser.allowedOrigins)).toEqual([]);
});
