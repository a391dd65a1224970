import { cidOfDigest, getOrder } from "@grandrue/sdk";
import { afterAll, beforeAll, expect, test } from "vitest";
import { localClients } from "../../scripts/lib/dev-stack/clients.ts";
import { type BrowserStack, startBrowserStack, thirdPartyRequests } from "./harness.ts";
import { connectDemoAccount } from "./wallet.ts";

const STEP_TIMEOUT = 60_000;
let browser: BrowserStack;

beforeAll(async () => {
  browser = await startBrowserStack("replicas", { secondIpfsNode: true });
}, 240_000);

afterAll(async () => {
  await browser?.stop();
});

async function confirmInWallet(success: RegExp): Promise<void> {
  const dialog = browser.page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Continuer dans mon portefeuille" }).click();
  await dialog.getByText(success).waitFor({ timeout: STEP_TIMEOUT });
  await dialog.getByRole("button", { name: "Terminé" }).click();
}

/** A screenshot at phone width too, for the pages this story adds. */
async function screenshotBothWidths(step: string): Promise<void> {
  await browser.screenshot(step);
  await browser.page.setViewportSize({ width: 360, height: 800 });
  await browser.screenshot(`${step}-360`);
  await browser.page.setViewportSize({ width: 1280, height: 900 });
}

const stores = async (gatewayUrl: string, cid: string) =>
  (await fetch(`${gatewayUrl}/ipfs/${cid}?format=raw`).catch(() => undefined))?.status === 200;

test("documents written through the app outlive a killed IPFS node, and publish again restores the replacement", async () => {
  const { page, appUrl, seeded, stack, secondIpfs } = browser;
  const bakery = seeded.shops.get("fournil-de-la-halle")!;
  const documentsTab = `${appUrl}/merchant/shops/${bakery}/documents`;

  // Camille orders a croissant to pick up: the app writes the order's line items to both nodes.
  await connectDemoAccount(browser.page, browser.appUrl, /Camille/, STEP_TIMEOUT);
  await page.goto(`${appUrl}/shops/${bakery}/items/croissant-beurre`);
  await page.getByRole("button", { name: "Ajouter au panier" }).click({ timeout: STEP_TIMEOUT });
  await page.goto(`${appUrl}/basket`);
  await page.getByRole("radio", { name: /Retrait à la boutique/ }).check();
  await page.getByRole("link", { name: "Passer la commande" }).click();
  await page.getByRole("button", { name: "Payer la commande" }).click({ timeout: STEP_TIMEOUT });
  await confirmInWallet(/C'est payé/);
  await page.getByRole("link", { name: /Commande chez Le Fournil de la Halle/ }).click();
  const orderUrl = page.url();
  const orderId = BigInt(new URL(orderUrl).pathname.split("/").pop()!);
  await page.getByText("Votre commande est gardée par 2 des 2 nœuds IPFS.").waitFor({ timeout: STEP_TIMEOUT });
  const { publicClient } = await localClients(stack.rpcUrl);
  const itemsCid = cidOfDigest((await getOrder(publicClient, stack.deployment, { orderId })).itemsDigest);
  expect(await stores(secondIpfs!.current.gatewayUrl, itemsCid)).toBe(true);
  expect(await stores(stack.ipfs.gatewayUrl, itemsCid)).toBe(true);
  await browser.screenshot("1-order-on-two-nodes");

  // The baker accepts it through the app, keeping its documents on her nodes; every document is on both.
  await connectDemoAccount(browser.page, browser.appUrl, /^Mathilde/, STEP_TIMEOUT);
  await page.goto(`${appUrl}/merchant/shops/${bakery}/orders/${orderId}`);
  await page.getByRole("button", { name: "Accepter la commande" }).click({ timeout: STEP_TIMEOUT });
  await confirmInWallet(/Commande acceptée/);
  await page.goto(documentsTab);
  await page.getByText(/Chaque nœud garde vos \d+ documents/).waitFor({ timeout: STEP_TIMEOUT });
  await browser.screenshot("2-documents-all-kept");

  // The second node's process is killed: every document still opens, read from the other node.
  await secondIpfs!.current.kill();
  await page.goto(`${appUrl}/shops/${bakery}`);
  await page.getByRole("heading", { name: "Le Fournil de la Halle" }).waitFor({ timeout: STEP_TIMEOUT });
  await page.getByText("Croissant au beurre").first().waitFor({ timeout: STEP_TIMEOUT });
  await connectDemoAccount(browser.page, browser.appUrl, /Camille/, STEP_TIMEOUT);
  await page.goto(orderUrl);
  await page.getByText("Croissant au beurre").first().waitFor({ timeout: STEP_TIMEOUT });
  await browser.screenshot("3-order-with-a-node-killed");

  // The merchant's space shows the killed node silent on every document.
  await connectDemoAccount(browser.page, browser.appUrl, /^Mathilde/, STEP_TIMEOUT);
  await page.goto(documentsTab);
  await page.getByText(/documents manquent sur un nœud/).waitFor({ timeout: STEP_TIMEOUT });
  expect(await page.getByText("replica : pas de réponse").count()).toBeGreaterThan(2);
  expect(await page.getByText("Gardé par 1 des 2 nœuds").count()).toBeGreaterThan(2);
  await screenshotBothWidths("4-documents-node-killed");

  // A new, empty node replaces it. Camille publishes her order's line items again from the copy her device kept.
  const replacement = await secondIpfs!.replace();
  await connectDemoAccount(browser.page, browser.appUrl, /Camille/, STEP_TIMEOUT);
  await page.goto(orderUrl);
  await page.getByText("Votre commande est gardée par 1 des 2 nœuds IPFS.").waitFor({ timeout: STEP_TIMEOUT });
  await page.getByText("Cet appareil en a gardé une copie").waitFor();
  await screenshotBothWidths("5-order-one-node-missing");
  await page.getByRole("button", { name: "Republier" }).click();
  await page.getByText("Votre commande est gardée par 2 des 2 nœuds IPFS.").waitFor({ timeout: STEP_TIMEOUT });
  expect(await stores(replacement.gatewayUrl, itemsCid)).toBe(true);

  // The baker's space shows what the new node lacks. A wrong token kept on this device is refused, naming the node.
  await connectDemoAccount(browser.page, browser.appUrl, /^Mathilde/, STEP_TIMEOUT);
  await page.goto(documentsTab);
  await page.getByText("replica : manquant").first().waitFor({ timeout: STEP_TIMEOUT });
  const tokenForm = page.locator(".documents__token", { hasText: "replica" });
  await tokenForm.getByRole("button", { name: "Garder sur cet appareil" }).click();
  await tokenForm.getByText("Saisissez le jeton que l'exploitant du nœud vous a donné.").waitFor();
  await tokenForm.getByLabel("Jeton pour replica").fill("not-the-token");
  await tokenForm.getByRole("button", { name: "Garder sur cet appareil" }).click();
  await tokenForm.getByText("Écrit avec votre jeton, gardé sur cet appareil.").waitFor();
  const catalogRow = page.locator(".documents__item", { hasText: /^Catalogue/ });
  await catalogRow.getByRole("button", { name: "Republier" }).click();
  await page
    .getByText(/Le nœud IPFS replica a refusé de garder le document : il lui faut un jeton d'accès valide/)
    .waitFor({ timeout: STEP_TIMEOUT });
  await screenshotBothWidths("6-wrong-token");
  await tokenForm.getByRole("button", { name: "Oublier mon jeton" }).click();
  await tokenForm.getByText("Écrit avec le jeton partagé de l'application.").waitFor();

  // Publish again, document by document, restores everything on the replacement.
  const republish = page.getByRole("button", { name: "Republier" });
  for (let left = await republish.count(); left > 0; left = await republish.count()) {
    await republish.first().click();
    await expect.poll(() => republish.count(), { timeout: STEP_TIMEOUT }).toBeLessThan(left);
  }
  await page.getByText(/Chaque nœud garde vos \d+ documents/).waitFor({ timeout: STEP_TIMEOUT });
  await browser.screenshot("7-documents-restored");

  expect(thirdPartyRequests(browser.requests, browser.allowedOrigins)).toEqual([]);
}, 600_000);
