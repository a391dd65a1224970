import {
  accept,
  claimStamps,
  getRegularCount,
  getStampCards,
  invalidateRedemptionNonce,
  type MarketWalletClient,
  redeemReward,
  registerLoyaltyProgram,
  release,
  setLoyaltyProgramActive,
  setOrderHook,
  signRewardRedemption,
  updateLoyaltyReward,
} from "@grandrue/sdk";
import { beforeAll, describe, expect, test } from "vitest";
import { expectMarketError } from "../helpers/expectMarketError.ts";
import { cidOf, createMarket, type Market } from "../helpers/market.ts";
import { deployServices, type Services } from "./helpers/deployServices.ts";

let market: Market;
let services: Services;

beforeAll(async () => {
  market = await createMarket();
  services = await deployServices(market);
  const { merchant } = market.accounts;
  await registerLoyaltyProgram(merchant, services.loyalty, {
    shopId: market.shopId,
    stampsPerOrder: 2,
    rewardThreshold: 4,
    rewardCid: cidOf("a free loaf"),
  });
  await setOrderHook(merchant, market.deployment, { shopId: market.shopId, hook: services.loyalty.address });
});

/** A purchase by `buyer` the shop accepted, completed by the buyer's release. */
async function purchase(buyer: MarketWalletClient, { isAccepted = true } = {}) {
  const order = await market.placeOrder({ by: buyer });
  if (isAccepted) await accept(market.accounts.merchant, market.deployment, order);
  await release(buyer, market.deployment, order);
  return order;
}

async function cardOf(buyer: MarketWalletClient) {
  const cards = await getStampCards(market.publicClient, services.loyalty, { buyer: buyer.account.address });
  return cards.find((card) => card.shopId === market.shopId);
}

describe("earning stamps", () => {
  test("a completed purchase earns its buyer the program's stamps through the completion hook", async () => {
    const { buyer } = market.accounts;
    const order = await purchase(buyer);
    const card = await cardOf(buyer);
    expect(card).toMatchObject({
      balance: 2,
      orders: 1,
      stampsPerOrder: 2,
      rewardThreshold: 4,
      rewardCid: cidOf("a free loaf"),
      isProgramActive: true,
    });
    expect(card?.history).toEqual([expect.objectContaining({ kind: "earned", orderId: order.orderId, stamps: 2 })]);
  });

  test("an order completed without the hook is stamped later with claimStamps", async () => {
    const { merchant, secondBuyer } = market.accounts;
    await setOrderHook(merchant, market.deployment, { shopId: market.shopId, hook: null });
    try {
      const order = await purchase(secondBuyer);
      expect((await cardOf(secondBuyer))?.balance ?? 0).toBe(0);
      await claimStamps(market.accounts.stranger, services.loyalty, order);
      expect((await cardOf(secondBuyer))?.balance).toBe(2);
      await expectMarketError(claimStamps(secondBuyer, services.loyalty, order), "AlreadyStamped");
    } finally {
      await setOrderHook(merchant, market.deployment, { shopId: market.shopId, hook: services.loyalty.address });
    }
  });

  test("an order the shop never accepted earns nothing: claimStamps reverts with NotShopAccepted", async () => {
    const { secondBuyer } = market.accounts;
    const order = await purchase(secondBuyer, { isAccepted: false });
    const error = await expectMarketError(claimStamps(secondBuyer, services.loyalty, order), "NotShopAccepted");
    expect(error.args.orderId).toBe(order.orderId);
  });

  test("a paused program earns nothing until it resumes", async () => {
    const { merchant, secondBuyer } = market.accounts;
    await setLoyaltyProgramActive(merchant, services.loyalty, { shopId: market.shopId, isActive: false });
    const before = (await cardOf(secondBuyer))?.balance ?? 0;
    const order = await purchase(secondBuyer);
    expect((await cardOf(secondBuyer))?.balance ?? 0).toBe(before);
    await setLoyaltyProgramActive(merchant, services.loyalty, { shopId: market.shopId, isActive: true });
    await claimStamps(secondBuyer, services.loyalty, order);
    expect((await cardOf(secondBuyer))?.balance).toBe(before + 2);
  });
});

describe("rewards", () => {
  test("the shop redeems a reward with the buyer's signed consent, once", async () => {
    const { buyer, merchant } = market.accounts;
    await purchase(buyer);
    expect((await cardOf(buyer))?.rewardsAvailable).toBeGreaterThanOrEqual(1);
    const balanceBefore = (await cardOf(buyer))?.balance ?? 0;
    const deadline = BigInt((await market.now()) + 600);
    const signed = await signRewardRedemption(buyer, services.loyalty, { shopId: market.shopId, stamps: 4, deadline });
    await redeemReward(merchant, services.loyalty, signed);
    const card = await cardOf(buyer);
    expect(card?.balance).toBe(balanceBefore - 4);
    expect(card?.history.at(-1)).toMatchObject({ kind: "redeemed", stamps: 4, by: merchant.account.address });
    await expectMarketError(redeemReward(merchant, services.loyalty, signed), "NonceAlreadyUsed");
  });

  test("a consent the buyer revoked cannot be redeemed", async () => {
    const { buyer, merchant } = market.accounts;
    await purchase(buyer);
    await purchase(buyer);
    const deadline = BigInt((await market.now()) + 600);
    const signed = await signRewardRedemption(buyer, services.loyalty, { shopId: market.shopId, stamps: 4, deadline });
    await invalidateRedemptionNonce(buyer, services.loyalty, { nonce: signed.redemption.nonce });
    await expectMarketError(redeemReward(merchant, services.loyalty, signed), "NonceAlreadyUsed");
  });

  test("a consent for another number of stamps than the reward reverts with WrongRewardStamps", async () => {
    const { buyer, merchant } = market.accounts;
    await updateLoyaltyReward(merchant, services.loyalty, {
      shopId: market.shopId,
      rewardThreshold: 6,
      rewardCid: cidOf("a cake"),
    });
    const deadline = BigInt((await market.now()) + 600);
    const signed = await signRewardRedemption(buyer, services.loyalty, { shopId: market.shopId, stamps: 4, deadline });
    const error = await expectMarketError(redeemReward(merchant, services.loyalty, signed), "WrongRewardStamps");
    expect(error.args).toEqual({ required: 6, signed: 4 });
    expect((await cardOf(buyer))?.rewardCid).toBe(cidOf("a cake"));
  });
});

describe("getRegularCount", () => {
  test("counts buyers by lifetime stamps, and nothing else", async () => {
    const buyerOrders = (await cardOf(market.accounts.buyer))?.orders ?? 0;
    const secondOrders = (await cardOf(market.accounts.secondBuyer))?.orders ?? 0;
    expect(await getRegularCount(market.publicClient, services.loyalty, { shopId: market.shopId, minStamps: 1 })).toBe(
      2,
    );
    const highest = Math.max(buyerOrders, secondOrders) * 2;
    expect(
      await getRegularCount(market.publicClient, services.loyalty, { shopId: market.shopId, minStamps: highest }),
    ).toBe(buyerOrders === secondOrders ? 2 : 1);
    expect(
      await getRegularCount(market.publicClient, services.loyalty, { shopId: market.shopId, minStamps: highest + 1 }),
    ).toBe(0);
  });
});
