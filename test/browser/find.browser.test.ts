import { afterAll, beforeAll, expect, test } from "vitest";
import { DEMO_PAST_ORDERS, demoShop } from "../../scripts/lib/demo-town/index.ts";
import { type BrowserStack, SCREENSHOT_DIR, startBrowserStack, thirdPartyRequests } from "./harness.ts";

let browser: BrowserStack;

beforeAll(async () => {
  browser = await startBrowserStack("find");
}, 180_000);

afterAll(async () => {
  await browser?.stop();
});

const bakery = demoShop("fournil-de-la-halle");
const bakeryReview = DEMO_PAST_ORDERS.find((order) => order.key === "camille-fournil-reviewed")!.outcome as {
  reply: string;
};
const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, " ").trim();

test("a shopper finds sourdough bread in town, reads the bakery, adds a loaf to the basket, then finds a novel only farther from the farm hamlet", async () => {
  const { page, appUrl } = browser;

  // Find: the town by name, the need in words; the bakery comes first, with its distance.
  await page.goto(appUrl);
  await expect
    .poll(() => page.getByRole("heading", { level: 1 }).first().textContent(), { timeout: 20_000 })
    .toBe("Votre grand-rue, en ligne");
  await page.getByLabel("Ce que vous cherchez", { exact: true }).fill("pain au levain");
  await page.getByLabel(/^Près de/).fill("Aubrelle-sur-Loire");
  await page.getByRole("button", { name: "Chercher", exact: true }).click();
  const results = page.getByRole("region", { name: "« pain au levain » près de Aubrelle-sur-Loire" });
  await expect.poll(() => results.getByRole("article").count(), { timeout: 30_000 }).toBeGreaterThan(0);
  const first = results.getByRole("article").first();
  expect(await first.getByRole("link", { name: bakery.name }).count()).toBe(1);
  expect(plain(await first.locator(".distance > [aria-hidden]").textContent())).toMatch(/^\d+ m$/);
  expect(await page.getByText("Recherche autour de : Aubrelle-sur-Loire").count()).toBe(1);
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem("grandrue.place") ?? "null")?.label)).toBe(
    "Aubrelle-sur-Loire",
  );
  await browser.screenshot("1-find-bread");

  // Browse: the bakery's hours, terms and reviews with its reply.
  await first.getByRole("link", { name: bakery.name }).click();
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 20_000 }).toBe(bakery.name);
  expect(await page.locator('tr[aria-current="date"]').count()).toBe(1);
  expect(await page.getByText("Coopérative des commerçants tranche.").count()).toBe(1);
  expect(await page.getByText("Vous avez 7 jours pour signaler un problème", { exact: false }).count()).toBe(1);
  expect(await page.getByText(/^1\s€ = 1 LEM$/).count()).toBe(1);
  await page.getByText(bakeryReview.reply).waitFor({ timeout: 20_000 });
  await browser.screenshot("2-bakery");

  // The loaf: choose nothing (500 g comes first), add it; the header's basket count goes up.
  expect(await page.getByRole("link", { name: "Panier, 0 article" }).count()).toBe(1);
  await page.getByRole("link", { name: "Pain au levain", exact: true }).click();
  await expect
    .poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 20_000 })
    .toBe("Pain au levain");
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await page.getByText("Ajouté au panier : 1 × Pain au levain (500 g)").waitFor();
  expect(await page.getByRole("link", { name: "Panier, 1 article" }).count()).toBe(1);
  await browser.screenshot("3-loaf-added");

  // From the farm hamlet, a novel: nothing near, the bookshop in town is shown as farther.
  const search = page.getByRole("searchbox", { name: "Que cherchez-vous ?" }).first();
  await search.fill("roman");
  await search.press("Enter");
  await page.getByRole("button", { name: "Hameau des Noues" }).click();
  const farther = page.getByRole("region", { name: "« roman » près de Hameau des Noues" });
  await farther.getByText("Rien à moins de", { exact: false }).waitFor({ timeout: 20_000 });
  const bookshop = farther.getByRole("article").first();
  expect(await bookshop.getByRole("link", { name: demoShop("librairie-mots-passants").name }).count()).toBe(1);
  expect(await bookshop.getByText("Plus loin").count()).toBe(1);
  expect(plain(await bookshop.locator(".distance > [aria-hidden]").textContent())).toMatch(/^7,\d km$/);
  await browser.screenshot("4-roman-farther");
  await page.setViewportSize({ width: 360, height: 800 });
  await browser.screenshot("5-roman-farther-phone");

  expect(thirdPartyRequests(browser.requests, browser.allowedOrigins)).toEqual([]);
}, 120_000);

test("on a 360 px phone, a search shows its first shop without scrolling, and a reload or a shared link keeps the place", async () => {
  const { page, appUrl, context } = browser;
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(appUrl);
  await page.getByLabel("Ce que vous cherchez", { exact: true }).fill("pain");
  await page.getByLabel(/^Près de/).fill("Aubrelle-sur-Loire");
  await page.getByRole("button", { name: "Chercher", exact: true }).click();
  const region = "« pain » près de Aubrelle-sur-Loire";
  const firstShop = () => page.getByRole("region", { name: region }).getByRole("article").first();
  await firstShop().waitFor({ timeout: 30_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOT_DIR}/find-6-pain-phone-first-screen.png` });
  const box = await firstShop().getByRole("link", { name: bakery.name }).boundingBox();
  expect(box, "the first shop's name").not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(640);

  // The address names the place: a reload, then the same link in a browser that remembers nothing, find the same.
  const link = page.url();
  expect(new URL(link).searchParams.get("near")).toBe("Aubrelle-sur-Loire");
  expect(new URL(link).searchParams.get("at")).toMatch(/^47\.\d+,2\.\d+$/);
  await page.reload();
  await firstShop().waitFor({ timeout: 30_000 });
  const stranger = await context.newPage();
  await stranger.goto(appUrl);
  // Same browser profile: forgetting the remembered place here makes it a browser that never saw it.
  await stranger.evaluate(() => localStorage.clear());
  await stranger.goto(link);
  await stranger.getByRole("region", { name: region }).getByRole("article").first().waitFor({ timeout: 30_000 });
  expect(await stranger.getByText("Recherche autour de : Aubrelle-sur-Loire").count()).toBe(1);
  await stranger.close();
  expect(thirdPartyRequests(browser.requests, browser.allowedOrigins)).toEqual([]);
}, 120_000);
