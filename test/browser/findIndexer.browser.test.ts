import { afterAll, beforeAll, expect, test } from "vitest";
import { DEMO_PLACES, demoShop } from "../../scripts/lib/demo-town/index.ts";
import { fr } from "./copy.ts";
import { type BrowserStack, OWN_INDEXER_PATH, startBrowserStack, thirdPartyRequests } from "./harness.ts";

let browser: BrowserStack;

beforeAll(async () => {
  browser = await startBrowserStack("find-indexer", { withIndexer: true });
}, 240_000);

afterAll(async () => {
  await browser?.stop();
});

const bakery = demoShop("fournil-de-la-halle");
const market = DEMO_PLACES[0]!.name;

test("a shopper finds bread through the indexer, chooses an indexer of their own, kept on the device, and still finds it when no indexer answers", async () => {
  const { page, appUrl, stack, requests } = browser;
  const indexerUrl = stack.indexer!.url;
  const indexerName = indexerUrl.replace("http://", "");

  // Through the configured indexer: the bakery first, the page naming the indexer that proposed the results.
  await page.goto(appUrl);
  await page.getByRole("button", { name: market }).click();
  await page.getByLabel("Ce que vous cherchez", { exact: true }).fill("pain au levain");
  await page.getByRole("button", { name: "Chercher", exact: true }).click();
  const results = page.getByRole("region", { name: `« pain au levain » près de ${market}` });
  await expect.poll(() => results.getByRole("article").count(), { timeout: 30_000 }).toBeGreaterThan(0);
  expect(await results.getByRole("article").first().getByRole("link", { name: bakery.name }).count()).toBe(1);
  expect(await results.getByText(`Résultats proposés par l'indexeur ${indexerName}`, { exact: false }).count()).toBe(1);
  expect(requests.some((url) => url.startsWith(`${indexerUrl}/search?`))).toBe(true);
  await browser.screenshot("1-through-indexer");
  await page.setViewportSize({ width: 360, height: 800 });
  await browser.screenshot("1-through-indexer-phone");
  await page.setViewportSize({ width: 1280, height: 900 });

  // The settings: the configured indexer answers; a bad address and one the page may not reach are refused.
  await results.getByRole("link", { name: "Choisir l'indexeur" }).click();
  await expect
    .poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 20_000 })
    .toBe(fr("searchSettings:title"));
  await page.getByText("Répond · à jour au bloc", { exact: false }).waitFor({ timeout: 20_000 });
  await page.getByRole("radio", { name: "Le mien" }).check();
  const own = page.getByLabel("Adresse de votre indexeur");
  await own.fill("index.example.org");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await page.getByText("« index.example.org » n'est pas une adresse web", { exact: false }).waitFor();
  await own.fill("https://index.example.org");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await page.getByText("est hors des adresses que cette copie de Grandrue peut joindre", { exact: false }).waitFor();
  await browser.screenshot("2-settings-refused");
  await page.setViewportSize({ width: 360, height: 800 });
  await browser.screenshot("3-settings-refused-phone");
  await page.setViewportSize({ width: 1280, height: 900 });

  // Their own indexer, on the app's origin: checked, then kept on this device, and used after a reload.
  const ownUrl = `${appUrl}${OWN_INDEXER_PATH}`;
  await own.fill(`${ownUrl}/`);
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await page.getByText("Enregistré sur cet appareil", { exact: false }).waitFor({ timeout: 20_000 });
  expect(await page.evaluate(() => localStorage.getItem("grandrue:indexer:31337"))).toBe(
    JSON.stringify({ kind: "url", url: ownUrl }),
  );
  await page.goto(`${appUrl}/?q=pain+au+levain`);
  await page.reload();
  await results
    .getByText(`Résultats proposés par l'indexeur ${ownUrl.replace("http://", "")}`, { exact: false })
    .waitFor({
      timeout: 30_000,
    });
  expect(await results.getByRole("article").first().getByRole("link", { name: bakery.name }).count()).toBe(1);

  // The indexer stops: the page says so and this browser reads every shop itself; the bakery is still found.
  await stack.indexer!.stop();
  await page.goto(`${appUrl}/?q=pain+au+levain`);
  await results
    .getByText("votre navigateur lit lui-même tous les commerces", { exact: false })
    .waitFor({ timeout: 30_000 });
  await expect
    .poll(() => results.getByRole("article").first().getByRole("link", { name: bakery.name }).count(), {
      timeout: 30_000,
    })
    .toBe(1);
  await browser.screenshot("4-no-indexer-answers");

  expect(thirdPartyRequests(browser.requests, browser.allowedOrigins)).toEqual([]);
}, 180_000);
