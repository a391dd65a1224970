import { afterAll, beforeAll, expect, test } from "vitest";
import { type BrowserStack, startBrowserStack, thirdPartyRequests } from "./harness.ts";

let browser: BrowserStack;

beforeAll(async () => {
  browser = await startBrowserStack("ux");
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

  await firstMarker.click();
  await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/shops\/\d+$/);
  expect(thirdPartyRequests(browser.requests, browser.allowedOrigins)).toEqual([]);
}, 120_000);
