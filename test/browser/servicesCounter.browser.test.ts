import {
  BOND_RULINGS,
  bondsContract,
  getLoyaltyProgram,
  getOrderWarranty,
  giveRuling,
  loyaltyContract,
  type MarketWalletClient,
  readMarketContract,
  type ServiceDeployment,
  updateLoyaltyReward,
} from "@grandrue/sdk";
import { type Address, erc20Abi } from "viem";
import { afterAll, beforeAll, expect, test } from "vitest";
import { localClients } from "../../scripts/lib/dev-stack/clients.ts";
import { type BrowserStack, startBrowserStack, thirdPartyRequests } from "./harness.ts";
import { connectDemoAccount } from "./wallet.ts";

const MEDIATOR = 0;
const CAMILLE = 1;
const BAKER = 3;
const STEP_TIMEOUT = 60_000;
const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 900 };

let browser: BrowserStack;
let clients: Awaited<ReturnType<typeof localClients>>;

beforeAll(async () => {
  browser = await startBrowserStack("servicesCounter");
  clients = await localClients(browser.stack.rpcUrl);
}, 400_000);

afterAll(async () => {
  await browser?.stop();
});

const wallet = (index: number) => clients.walletFor(clients.accounts[index]!) as MarketWalletClient;
const camille = (): Address => clients.accounts[CAMILLE]!;

function service(name: "LoyaltyStamps" | "GuaranteeBonds"): ServiceDeployment {
  const deployed = browser.stack.deployment.services?.[name];
  if (deployed === undefined) throw new Error(`The dev stack deployed no ${name}`);
  return deployed;
}

/** The order id at the end of an order page's address (`/orders/0x…`). */
function orderIdOf(url: string): bigint {
  const id = /\/orders\/(0x[0-9a-f]+)$/.exec(new URL(url).pathname)?.[1];
  if (id === undefined) throw new Error(`${url} is not an order page`);
  return BigInt(id);
}

/** Connects a demo account through the app's own wallet page (disconnecting whoever was connected). */

/** Confirms the transaction dialog that is open, waits for its success message and closes it. */
async function confirmInWallet(success: RegExp): Promise<void> {
  const dialog = browser.page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Continuer dans mon portefeuille" }).click();
  await dialog.getByText(success).waitFor({ timeout: STEP_TIMEOUT });
  await dialog.getByRole("button", { name: "Terminé" }).click();
}

/** Takes the step's screenshot on a phone too, then goes back to the desktop width. */
async function screenshotOnPhone(step: string): Promise<void> {
  await browser.page.setViewportSize(PHONE);
  await browser.screenshot(`${step}-phone`);
  await browser.page.setViewportSize(DESKTOP);
}

/** What Camille can spend of a token: her wallet balance plus any credit the bonds contract holds for her. */
async function spendable(token: Address): Promise<bigint> {
  const [balance, credit] = await Promise.all([
    readMarketContract(clients.publicClient, {
      address: token,
      abi: erc20Abi,
      functionName: "balanceOf",
      args: [camille()],
    }),
    readMarketContract(clients.publicClient, {
      ...bondsContract(service("GuaranteeBonds")),
      functionName: "creditOf",
      args: [camille(), token],
    }),
  ]);
  return balance + credit;
}

async function bakeryCardBalance(shopId: bigint): Promise<number> {
  const card = await readMarketContract(clients.publicClient, {
    ...loyaltyContract(service("LoyaltyStamps")),
    functionName: "cardOf",
    args: [shopId, camille()],
  });
  return card.balance;
}

test("Camille files a warranty claim for her bike shop order and is paid from the bond once the mediator rules for her", async () => {
  const { page, appUrl } = browser;
  await connectDemoAccount(browser.page, browser.appUrl, /^Camille/, STEP_TIMEOUT);

  await page.goto(`${appUrl}/orders`);
  await page
    .locator(".order-row", { hasText: "Cycles Girard" })
    .first()
    .getByRole("link")
    .first()
    .click({ timeout: STEP_TIMEOUT });
  const card = page.locator(".warranty-card");
  await card.getByText(/garantie par la caution de la boutique jusqu'au/).waitFor({ timeout: STEP_TIMEOUT });
  const orderId = orderIdOf(page.url());
  await browser.screenshot("1-order-under-warranty");

  await card.getByRole("button", { name: "Faire jouer la garantie" }).click();
  // Nothing is sent while the problem is not described.
  await card.getByLabel(/^Montant demandé/).fill("40");
  await card.getByRole("button", { name: "Envoyer ma réclamation" }).click();
  await card.getByText("Décrivez le problème.").waitFor();
  await expect(page.getByRole("dialog").count()).resolves.toBe(0);
  await card
    .getByLabel(/^Le problème/)
    .fill("L'éclairage rechargeable ne tient plus la charge depuis une semaine, même après une nuit branché.");
  await browser.screenshot("2-claim-form");
  await screenshotOnPhone("2-claim-form");
  await card.getByRole("button", { name: "Envoyer ma réclamation" }).click();
  await page.getByRole("dialog").getByText("40,00").first().waitFor();
  await confirmInWallet(/Votre réclamation est déposée/);
  await card.getByText("Réclamation déposée").waitFor({ timeout: STEP_TIMEOUT });
  await expect(card.getByRole("button", { name: "Faire jouer la garantie" }).count()).resolves.toBe(0);
  await browser.screenshot("3-claim-filed");

  const { claim } = await getOrderWarranty(clients.publicClient, service("GuaranteeBonds"), { orderId });
  expect(claim?.status).toBe("Open");
  const before = await spendable(claim!.token);
  await giveRuling(wallet(MEDIATOR), browser.stack.deployment, {
    disputeId: claim!.disputeId,
    ruling: BOND_RULINGS.PayBuyer,
    arbitrator: claim!.arbitrator,
  });

  await page.reload();
  await card.getByText("Décidée en votre faveur").waitFor({ timeout: STEP_TIMEOUT });
  await card.getByText(/le montant vous a été versé depuis la caution/).waitFor();
  await card.getByText(/Réclamation du .* 40,00\s€/).waitFor();
  await browser.screenshot("4-claim-upheld");
  await screenshotOnPhone("4-claim-upheld");
  expect(await spendable(claim!.token)).toBe(before + claim!.amount);
  expect((await getOrderWarranty(clients.publicClient, service("GuaranteeBonds"), { orderId })).claim?.status).toBe(
    "Upheld",
  );
}, 300_000);

test("Camille shows her reward code at the bakery and the baker gives her the reward, which spends her stamps", async () => {
  const { page, appUrl } = browser;
  const shopId = browser.seeded.shops.get("fournil-de-la-halle")!;
  const loyalty = service("LoyaltyStamps");
  // The seed gives Camille a few stamps; the baker lowers the reward to them, which is what "full card" means.
  const stamps = await bakeryCardBalance(shopId);
  expect(stamps, "the demo town gives Camille no bakery stamp").toBeGreaterThan(0);
  const rewardCid = (await getLoyaltyProgram(clients.publicClient, loyalty, { shopId }))?.rewardCid;
  expect(rewardCid, "the bakery has no stamp card with a reward").toBeDefined();
  await updateLoyaltyReward(wallet(BAKER), loyalty, { shopId, rewardThreshold: stamps, rewardCid: rewardCid! });

  await connectDemoAccount(browser.page, browser.appUrl, /^Camille/, STEP_TIMEOUT);
  await page.goto(`${appUrl}/cards`);
  const bakery = page.locator(".stamp-card", { hasText: "Le Fournil de la Halle" });
  await bakery.getByText(`${stamps} tampons sur ${stamps}`).waitFor({ timeout: STEP_TIMEOUT });
  await browser.screenshot("5-card-full");
  await bakery.getByRole("button", { name: "Utiliser ma récompense" }).click();
  const codeText = bakery.locator(".reward-code__text code");
  await codeText.waitFor({ timeout: STEP_TIMEOUT });
  await bakery.getByRole("img", { name: /Code QR de la récompense/ }).waitFor({ timeout: STEP_TIMEOUT });
  const code = (await codeText.textContent())?.trim() ?? "";
  expect(code.length).toBeGreaterThan(20);
  await browser.screenshot("6-reward-code");
  await screenshotOnPhone("6-reward-code");

  await connectDemoAccount(browser.page, browser.appUrl, /^Mathilde/, STEP_TIMEOUT);
  await page.goto(`${appUrl}/merchant/shops/${shopId}/services`);
  await page.getByLabel(/^Code du client/).fill(code, { timeout: STEP_TIMEOUT });
  await page.getByRole("button", { name: "Vérifier le code" }).click();
  await page.getByRole("button", { name: "Valider et offrir la récompense" }).click({ timeout: STEP_TIMEOUT });
  await confirmInWallet(/C'est fait : offrez/);
  await browser.screenshot("7-baker-gave-reward");
  expect(await bakeryCardBalance(shopId)).toBe(0);

  await connectDemoAccount(browser.page, browser.appUrl, /^Camille/, STEP_TIMEOUT);
  await page.goto(`${appUrl}/cards`);
  await bakery.getByText(`0 tampon sur ${stamps}`).waitFor({ timeout: STEP_TIMEOUT });
  await expect(bakery.getByRole("button", { name: "Utiliser ma récompense" }).count()).resolves.toBe(0);
  await browser.screenshot("8-stamps-spent");
  await screenshotOnPhone("8-stamps-spent");
}, 300_000);

test("no page asked anything of a third party", () => {
  expect(thirdPartyRequests(browser.requests, browser.allowedOrigins)).toEqual([]);
});
