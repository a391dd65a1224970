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
  const { page, appUrl, stack } = browser;
  const response = await page.goto(appUrl);
  // One build serves every story: the policy comes with the page, written from this story's configuration.
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/^default-src 'self'; script-src 'self';/);
  expect(policy).toContain(`connect-src 'self' ${new URL(stack.rpcUrl).origin}`);
  await expect.poll(() => page.locator("h1").first().textContent(), { timeout: 20_000 }).toBeTruthy();
  expect(await page.locator("html").getAttribute("lang")).toBe("fr");
  await browser.screenshot("home");
  await page.goto(`${appUrl}/wallet`);
  await expect.poll(() => page.getByText("Camille").count(), { timeout: 10_000 }).toBeGreaterThan(0);
  await browser.screenshot("wallet");
  expect(thirdPartyRequests(browser.requests, browser.allowedOrigins)).toEqual([]);
});
