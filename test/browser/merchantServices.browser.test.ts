import {
  claimStamps,
  createIpfsClient,
  encodeRedemptionCode,
  getShopBonds,
  listOrders,
  loyaltyContract,
  type MarketWalletClient,
  readMarketContract,
  registerLoyaltyProgram,
  type ServiceDeployment,
  signRewardRedemption,
  updateLoyaltyReward,
} from "@grandrue/sdk";
import type { Page } from "playwright-core";
import { type Address, parseAbi, parseEther } from "viem";
import { afterAll, beforeAll, expect, test } from "vitest";
import { localClients } from "../../scripts/lib/dev-stack/clients.ts";
import { type BrowserStack, startBrowserStack, thirdPartyRequests } from "./harness.ts";
import { connectDemoAccount } from "./wallet.ts";

const COOPERATIVE = 0;
const BAKER = 3;
const BIKE_SHOP = 8;
const DAY = 86_400;
const STEP_TIMEOUT = 30_000;

let browser: BrowserStack;
let clients: Awaited<ReturnType<typeof localClients>>;

beforeAll(async () => {
  browser = await startBrowserStack("merchantServices");
  clients = await localClients(browser.stack.rpcUrl);
}, 240_000);

afterAll(async () => {
  await browser?.stop();
});

const wallet = (index: number) => clients.walletFor(clients.accounts[index]!) as MarketWalletClient;

function service(name: "LoyaltyStamps" | "GuaranteeBonds"): ServiceDeployment {
  const deployed = browser.stack.deployment.services?.[name];
  if (deployed === undefined) throw new Error(`The dev stack deployed no ${name}`);
  return deployed;
}

async function rpc(method: string, params: unknown[] = []): Promise<unknown> {
  const response = await fetch(browser.stack.rpcUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  return ((await response.json()) as { result: unknown }).result;
}

async function chainNow(): Promise<bigint> {
  return (await clients.publicClient.getBlock({ blockTag: "latest" })).timestamp;
}

/** Connects the demo account called `name` through the app's own wallet page. */
async function connectAs(name: RegExp): Promise<void> {
  await connectDemoAccount(browser.page, browser.appUrl, name, STEP_TIMEOUT);
}

async function confirmTransaction(page: Page, done: RegExp): Promise<void> {
  await page.getByRole("button", { name: "Continuer dans mon portefeuille" }).click();
  await page.getByRole("dialog").getByText(done).waitFor({ timeout: STEP_TIMEOUT });
  await page.getByRole("button", { name: "Terminé" }).click();
}

/**
 * The bakery's stamp card as the demo seeds it, or one opened here (1 stamp per order) when the seed has none yet;
 * every completed order of the bakery stamped; the reward lowered to the best card's balance if no card is full.
 * Returns a buyer whose card pays for the reward, and the reward's stamps.
 */
async function bakeryWithAFullCard(shopId: bigint): Promise<{ buyer: Address; stamps: number }> {
  const loyalty = service("LoyaltyStamps");
  const contract = loyaltyContract(loyalty);
  const ipfs = createIpfsClient({
    apiUrl: browser.stack.ipfs.apiUrl,
    token: browser.stack.ipfs.token,
    gateways: [browser.stack.ipfs.gatewayUrl],
  });
  const rewardCid = await ipfs.addJson({
    schema: "grandrue.loyalty-reward/1",
    title: "Une baguette offerte",
    description: "",
  });
  let program = await readMarketContract(clients.publicClient, {
    ...contract,
    functionName: "programOf",
    args: [shopId],
  });
  if (program.stampsPerOrder === 0) {
    await registerLoyaltyProgram(wallet(BAKER), loyalty, { shopId, stampsPerOrder: 1, rewardThreshold: 10, rewardCid });
    program = await readMarketContract(clients.publicClient, {
      ...contract,
      functionName: "programOf",
      args: [shopId],
    });
  }
  const completed = (await listOrders(clients.publicClient, browser.stack.deployment, { shopId })).filter(
    (order) => order.state.status === "Completed",
  );
  for (const order of completed) {
    if (
      await readMarketContract(clients.publicClient, { ...contract, functionName: "isStamped", args: [order.orderId] })
    )
      continue;
    await claimStamps(wallet(COOPERATIVE), loyalty, order).catch(() => undefined); // an order the shop never accepted earns nothing
  }
  const buyers = [...new Set(completed.map((order) => order.terms.buyer))];
  const balances = await Promise.all(
    buyers.map(
      async (buyer) =>
        (await readMarketContract(clients.publicClient, { ...contract, functionName: "cardOf", args: [shopId, buyer] }))
          .balance,
    ),
  );
  const best = Math.max(0, ...balances);
  expect(best, "no buyer of the bakery has a stamp: the demo town has no completed order there").toBeGreaterThan(0);
  if (best < program.rewardThreshold)
    await updateLoyaltyReward(wallet(BAKER), loyalty, { shopId, rewardThreshold: best, rewardCid });
  const stamps = Math.min(best, program.rewardThreshold);
  return { buyer: buyers[balances.indexOf(best)]!, stamps };
}

test("the baker sees how many regulars she has and gives a reward for the code a customer shows", async () => {
  const { page, appUrl } = browser;
  const shopId = browser.seeded.shops.get("fournil-de-la-halle")!;
  const { buyer, stamps } = await bakeryWithAFullCard(shopId);
  const buyerWallet = clients.walletFor(buyer) as MarketWalletClient;
  const loyalty = service("LoyaltyStamps");
  const cardOf = async () =>
    (
      await readMarketContract(clients.publicClient, {
        ...loyaltyContract(loyalty),
        functionName: "cardOf",
        args: [shopId, buyer],
      })
    ).balance;
  const before = await cardOf();

  await connectAs(/^Mathilde/);
  await page.goto(`${appUrl}/merchant/shops/${shopId}/services`);
  await page.getByRole("heading", { name: "Carte de fidélité" }).waitFor({ timeout: STEP_TIMEOUT });
  await page
    .getByText(/clients? (ont|a) au moins/)
    .first()
    .waitFor({ timeout: STEP_TIMEOUT });
  await expect(
    page.getByText("Vous ne voyez que des nombres : ni noms, ni adresses, ni achats.").isVisible(),
  ).resolves.toBe(true);
  await browser.screenshot("1-baker-regulars");
  await page.setViewportSize({ width: 360, height: 800 });
  await browser.screenshot("1-baker-regulars-phone");
  await page.setViewportSize({ width: 1280, height: 900 });

  // An expired code is refused before anything is sent.
  const expired = await signRewardRedemption(buyerWallet, loyalty, {
    shopId,
    stamps,
    deadline: (await chainNow()) - 60n,
  });
  await page.getByLabel(/^Code du client/).fill(encodeRedemptionCode(expired));
  await page.getByRole("button", { name: "Vérifier le code" }).click();
  await page
    .getByText("Ce code a expiré. Demandez au client d'en afficher un nouveau.")
    .waitFor({ timeout: STEP_TIMEOUT });
  await expect(page.getByRole("button", { name: "Valider et offrir la récompense" }).count()).resolves.toBe(0);
  await browser.screenshot("2-baker-expired-code");

  const signed = await signRewardRedemption(buyerWallet, loyalty, {
    shopId,
    stamps,
    deadline: (await chainNow()) + 3600n,
  });
  await page.getByLabel(/^Code du client/).fill(encodeRedemptionCode(signed));
  await page.getByRole("button", { name: "Vérifier le code" }).click();
  await page.getByText(`${buyer.slice(0, 6)}…${buyer.slice(-4)}`).waitFor({ timeout: STEP_TIMEOUT });
  await browser.screenshot("3-baker-code-checked");
  await page.getByRole("button", { name: "Valider et offrir la récompense" }).click();
  await confirmTransaction(page, /C'est fait : offrez/);
  await browser.screenshot("4-baker-reward-given");
  expect(await cardOf()).toBe(before - stamps);
}, 180_000);

test("the bike shop sets a two-year warranty, deposits into its bond in local currency, and withdraws after the notice", async () => {
  const { page, appUrl, stack } = browser;
  const shopId = browser.seeded.shops.get("cycles-girard")!;
  const leman = stack.deployment.contracts.LocalCurrency!.address;
  const thomas = clients.accounts[BIKE_SHOP]!;
  await wallet(COOPERATIVE).writeContract({
    address: leman,
    abi: parseAbi(["function mint(address to, uint256 amount)"]),
    functionName: "mint",
    args: [thomas, parseEther("1000")],
  });
  const bondBefore =
    (await getShopBonds(clients.publicClient, service("GuaranteeBonds"), { shopId })).find(
      (bond) => bond.token.toLowerCase() === leman.toLowerCase(),
    )?.balance ?? 0n;

  await connectAs(/^Thomas/);
  await page.goto(`${appUrl}/merchant/shops/${shopId}/services`);
  const card = page
    .locator("article.services-bond")
    .filter({ has: page.getByRole("heading", { name: "Caution en LEM" }) });
  await card.waitFor({ timeout: STEP_TIMEOUT });
  await browser.screenshot("5-bike-shop-bond");
  await page.setViewportSize({ width: 360, height: 800 });
  await browser.screenshot("5-bike-shop-bond-phone");
  await page.setViewportSize({ width: 1280, height: 900 });

  await card.getByLabel(/^Durée de garantie/).fill("2");
  await card.getByLabel(/^Unité/).selectOption("years");
  await card.getByRole("button", { name: "Enregistrer la garantie" }).click();
  await confirmTransaction(page, /La durée de garantie est enregistrée/);
  await card.getByText("2 ans").waitFor({ timeout: STEP_TIMEOUT });

  await card.getByLabel(/^Ajouter à la caution/).fill("300");
  await card.getByRole("button", { name: "Ajouter", exact: true }).click();
  await page.getByRole("dialog").getByText("Deux étapes").waitFor();
  await browser.screenshot("6-bike-shop-deposit-review");
  await confirmTransaction(page, /ajoutés à la caution/);
  const afterDeposit = (await getShopBonds(clients.publicClient, service("GuaranteeBonds"), { shopId })).find(
    (bond) => bond.token.toLowerCase() === leman.toLowerCase(),
  )!;
  expect(afterDeposit.balance).toBe(bondBefore + parseEther("300"));
  expect(afterDeposit.warrantyPeriodSeconds).toBe(2 * 365 * DAY);

  await card.getByLabel(/^Annoncer un retrait/).fill("100");
  await card.getByRole("button", { name: "Annoncer le retrait" }).click();
  await confirmTransaction(page, /Retrait annoncé/);
  await card.getByText(/Retrait de 100,00\s€ annoncé/).waitFor({ timeout: STEP_TIMEOUT });
  await browser.screenshot("7-bike-shop-withdrawal-announced");

  await rpc("evm_increaseTime", [14 * DAY + 60]);
  await rpc("evm_mine");
  await page.reload();
  await card.getByText(/possible maintenant/).waitFor({ timeout: STEP_TIMEOUT });
  await card.getByRole("button", { name: "Retirer maintenant" }).click();
  await confirmTransaction(page, /La somme a quitté la caution/);
  await browser.screenshot("8-bike-shop-withdrawn");
  const afterWithdrawal = (await getShopBonds(clients.publicClient, service("GuaranteeBonds"), { shopId })).find(
    (bond) => bond.token.toLowerCase() === leman.toLowerCase(),
  )!;
  expect(afterWithdrawal.balance).toBe(afterDeposit.balance - parseEther("100"));
  expect(afterWithdrawal.withdrawableAt).toBeUndefined();
}, 180_000);

test("no page asked anything of a third party", () => {
  expect(thirdPartyRequests(browser.requests, browser.allowedOrigins)).toEqual([]);
});
