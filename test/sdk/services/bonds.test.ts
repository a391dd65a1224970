import {
  accept,
  announceBondWithdrawal,
  approveToken,
  BOND_RULINGS,
  closeLapsedClaim,
  depositBond,
  fileWarrantyClaim,
  getOrderState,
  getOrderWarranty,
  getShopBonds,
  giveRuling,
  NATIVE_TOKEN,
  registerWarranty,
  release,
  setOrderHook,
  setWarrantyPeriod,
  withdrawBond,
  withdrawBondCredit,
} from "@grandrue/sdk";
import { parseEther } from "viem";
import { beforeAll, describe, expect, test } from "vitest";
import { expectMarketError } from "../helpers/expectMarketError.ts";
import { cidOf, createMarket, type Market } from "../helpers/market.ts";
import { deployServices, type Services } from "./helpers/deployServices.ts";

const TWO_YEARS = 2 * 365 * 86_400;
const DAY = 86_400;

let market: Market;
let services: Services;

beforeAll(async () => {
  market = await createMarket();
  services = await deployServices(market);
  const { merchant } = market.accounts;
  await setWarrantyPeriod(merchant, services.bonds, {
    shopId: market.shopId,
    token: NATIVE_TOKEN,
    periodSeconds: TWO_YEARS,
  });
  await depositBond(merchant, services.bonds, { shopId: market.shopId, token: NATIVE_TOKEN, amount: parseEther("1") });
});

/** A completed order the shop accepted, arbitrated by the mediator. */
async function completedOrder() {
  const order = await market.placeOrder({ arbitrator: market.deployment.contracts.MediatorArbitrator.address });
  await accept(market.accounts.merchant, market.deployment, order);
  await release(market.accounts.buyer, market.deployment, order);
  return order;
}

describe("depositBond and getShopBonds", () => {
  test("an ERC-20 bond is a second bond of the shop, read back with its figures and history", async () => {
    const { merchant } = market.accounts;
    await market.fundBuyer(merchant.account.address, parseEther("50"));
    await approveToken(merchant, market.deployment, {
      token: market.leman,
      amount: parseEther("50"),
      spender: services.bonds.address,
    });
    await setWarrantyPeriod(merchant, services.bonds, {
      shopId: market.shopId,
      token: market.leman,
      periodSeconds: 365 * DAY,
    });
    await depositBond(merchant, services.bonds, {
      shopId: market.shopId,
      token: market.leman,
      amount: parseEther("50"),
    });

    const bonds = await getShopBonds(market.publicClient, services.bonds, { shopId: market.shopId });
    const lemanBond = bonds.find((bond) => bond.token === market.leman);
    expect(lemanBond).toMatchObject({
      balance: parseEther("50"),
      locked: 0n,
      free: parseEther("50"),
      warrantyPeriodSeconds: 365 * DAY,
    });
    expect(lemanBond?.history.map((entry) => entry.eventName)).toEqual(["WarrantyPeriodSet", "BondDeposited"]);
    expect(bonds.find((bond) => bond.token === NATIVE_TOKEN)?.warrantyPeriodSeconds).toBe(TWO_YEARS);
  });

  test("a deposit by someone who does not manage the shop reverts with NotShopManager", async () => {
    const error = await expectMarketError(
      depositBond(market.accounts.stranger, services.bonds, { shopId: market.shopId, token: NATIVE_TOKEN, amount: 1n }),
      "NotShopManager",
    );
    expect(error.args.account).toBe(market.accounts.stranger.account.address);
  });
});

describe("warranty claims", () => {
  test("a buyer's claim on a registered order, upheld by the mediator, is paid from the bond", async () => {
    const order = await completedOrder();
    const { endsAt } = await registerWarranty(market.accounts.merchant, services.bonds, order);
    const { closedAt } = await getOrderState(market.publicClient, market.deployment, { orderId: order.orderId });
    expect(endsAt).toBe(closedAt + TWO_YEARS);

    const { disputeId, arbitrationCost } = await fileWarrantyClaim(market.accounts.buyer, services.bonds, {
      ...order,
      amount: parseEther("0.01"),
      evidenceCid: cidOf("the oven broke after 8 months"),
    });
    expect(arbitrationCost).toBe(0n);
    const before = await market.publicClient.getBalance({ address: market.accounts.buyer.account.address });
    await giveRuling(market.accounts.mediator, market.deployment, { disputeId, ruling: BOND_RULINGS.PayBuyer });
    const after = await market.publicClient.getBalance({ address: market.accounts.buyer.account.address });
    expect(after - before).toBe(parseEther("0.01"));

    const warranty = await getOrderWarranty(market.publicClient, services.bonds, { orderId: order.orderId });
    expect(warranty.claim).toMatchObject({ status: "Upheld", amount: parseEther("0.01"), disputeId });
    const [ethBond] = (await getShopBonds(market.publicClient, services.bonds, { shopId: market.shopId })).filter(
      (bond) => bond.token === NATIVE_TOKEN,
    );
    const claim = ethBond?.claims.find((entry) => entry.orderId === order.orderId);
    expect(claim).toMatchObject({
      status: "Upheld",
      paid: parseEther("0.01"),
      evidenceCid: cidOf("the oven broke after 8 months"),
    });
  });

  test("with the bonds contract as the shop's completion hook, the warranty starts at completion by itself", async () => {
    await setOrderHook(market.accounts.merchant, market.deployment, {
      shopId: market.shopId,
      hook: services.bonds.address,
    });
    try {
      const order = await completedOrder();
      const { endsAt } = await getOrderWarranty(market.publicClient, services.bonds, { orderId: order.orderId });
      expect(endsAt).toBe((await market.now()) + TWO_YEARS);
    } finally {
      await setOrderHook(market.accounts.merchant, market.deployment, { shopId: market.shopId, hook: null });
    }
  });

  test("a claim on an order whose warranty never started reverts with NotCovered", async () => {
    const order = await completedOrder();
    const error = await expectMarketError(
      fileWarrantyClaim(market.accounts.buyer, services.bonds, { ...order, amount: 1n, evidenceCid: cidOf("x") }),
      "NotCovered",
    );
    expect(error.args.orderId).toBe(order.orderId);
  });

  test("a claim the mediator never rules on lapses after the timeout and unlocks the bond", async () => {
    const order = await completedOrder();
    await registerWarranty(market.accounts.merchant, services.bonds, order);
    await fileWarrantyClaim(market.accounts.buyer, services.bonds, {
      ...order,
      amount: parseEther("0.005"),
      evidenceCid: cidOf("late"),
    });
    await market.increaseTime(90 * DAY + 1);
    await closeLapsedClaim(market.accounts.stranger, services.bonds, { orderId: order.orderId });
    const warranty = await getOrderWarranty(market.publicClient, services.bonds, { orderId: order.orderId });
    expect(warranty.claim?.status).toBe("Lapsed");
  });
});

describe("withdrawals", () => {
  test("the shop withdraws only after announcing it, and only what no claim locks", async () => {
    const { merchant, secondBuyer } = market.accounts;
    const [bondBefore] = (await getShopBonds(market.publicClient, services.bonds, { shopId: market.shopId })).filter(
      (bond) => bond.token === NATIVE_TOKEN,
    );
    const { withdrawableAt } = await announceBondWithdrawal(merchant, services.bonds, {
      shopId: market.shopId,
      token: NATIVE_TOKEN,
      amount: parseEther("0.1"),
    });
    expect(withdrawableAt).toBe((await market.now()) + 14 * DAY);
    await expectMarketError(
      withdrawBond(merchant, services.bonds, {
        shopId: market.shopId,
        token: NATIVE_TOKEN,
        to: secondBuyer.account.address,
      }),
      "WithdrawalNotReady",
    );

    await market.increaseTime(14 * DAY);
    const { amount } = await withdrawBond(merchant, services.bonds, {
      shopId: market.shopId,
      token: NATIVE_TOKEN,
      to: secondBuyer.account.address,
    });
    expect(amount).toBe(parseEther("0.1"));
    const [bondAfter] = (await getShopBonds(market.publicClient, services.bonds, { shopId: market.shopId })).filter(
      (bond) => bond.token === NATIVE_TOKEN,
    );
    expect(bondAfter?.balance).toBe((bondBefore?.balance ?? 0n) - parseEther("0.1"));
    expect(bondAfter?.withdrawableAt).toBeUndefined();
  });

  test("withdrawing a credit one does not have reverts with NoCredit", async () => {
    await expectMarketError(
      withdrawBondCredit(market.accounts.buyer, services.bonds, {
        token: NATIVE_TOKEN,
        to: market.accounts.buyer.account.address,
      }),
      "NoCredit",
    );
  });
});
