import {
  accept,
  acceptSettlement,
  confirmDelivery,
  executeRuling,
  getCredits,
  getOrderState,
  giveOrderRuling,
  giveRuling,
  markShipped,
  NATIVE_TOKEN,
  openDispute,
  proposeSettlement,
  pushCredit,
  release,
  requestArbitration,
  resolveTimedOut,
  updatePayout,
  withdrawCredit,
} from "@grandrue/sdk";
import { localCurrencyAbi } from "@grandrue/sdk/abis";
import { type Address, parseEther } from "viem";
import { beforeAll, describe, expect, test } from "vitest";
import { expectMarketError } from "../helpers/expectMarketError.ts";
import { createMarket, HOUR, type Market, SHOP_TERMS } from "../helpers/market.ts";

let market: Market;

beforeAll(async () => {
  market = await createMarket();
});

async function lemanBalance(account: Address): Promise<bigint> {
  return market.publicClient.readContract({
    address: market.leman,
    abi: localCurrencyAbi,
    functionName: "balanceOf",
    args: [account],
  });
}

/** An LEM order delivered at the counter, with or without the mediator as arbitrator. */
async function deliveredOrder(options: { withMediator?: boolean; amount?: bigint } = {}) {
  const order = await market.placeOrder({
    token: market.leman,
    amount: options.amount ?? parseEther("10"),
    arbitrator: options.withMediator ? market.deployment.contracts.MediatorArbitrator.address : undefined,
  });
  await accept(market.accounts.merchant, market.deployment, order);
  await confirmDelivery(market.accounts.merchant, market.deployment, order);
  return order;
}

describe("openDispute", () => {
  test("opens a dispute without arbitrator, paying nothing, with a 60-day deadline", async () => {
    const { orderId, terms } = await deliveredOrder();
    const { disputeId, disputeDeadline, arbitrationCost } = await openDispute(
      market.accounts.buyer,
      market.deployment,
      { terms },
    );
    expect({ disputeId, arbitrationCost }).toEqual({ disputeId: 0n, arbitrationCost: 0n });
    expect(disputeDeadline).toBe((await market.now()) + 60 * 24 * HOUR);
    expect((await getOrderState(market.publicClient, market.deployment, { orderId })).status).toBe("Disputed");
  });

  test("creates the dispute at the order's arbitrator and returns its id", async () => {
    const first = await deliveredOrder({ withMediator: true });
    const second = await deliveredOrder({ withMediator: true });
    const { disputeId: firstId } = await openDispute(market.accounts.buyer, market.deployment, first);
    const { disputeId: secondId } = await openDispute(market.accounts.buyer, market.deployment, second);
    expect(secondId).toBe(firstId + 1n);
    expect((await getOrderState(market.publicClient, market.deployment, { orderId: second.orderId })).disputeId).toBe(
      secondId,
    );
  });

  test("lets the shop dispute a shipped order once its delivery deadline passed", async () => {
    const order = await market.placeOrder();
    await accept(market.accounts.merchant, market.deployment, order);
    await markShipped(market.accounts.merchant, market.deployment, order);
    const early = await expectMarketError(
      openDispute(market.accounts.merchant, market.deployment, order),
      "DeadlineNotReached",
    );
    expect(early.args.orderId).toBe(order.orderId);
    await market.increaseTime(SHOP_TERMS.deliveryHours * HOUR + 1);
    await openDispute(market.accounts.merchant, market.deployment, order);
    expect((await getOrderState(market.publicClient, market.deployment, { orderId: order.orderId })).status).toBe(
      "Disputed",
    );
  });
});

describe("settlement", () => {
  test("the shop proposes, the buyer accepts and the split is paid out", async () => {
    const { buyer, merchant } = market.accounts;
    const order = await deliveredOrder({ amount: parseEther("10") });
    await openDispute(buyer, market.deployment, order);
    await proposeSettlement(merchant, market.deployment, { ...order, buyerAmount: parseEther("4") });
    const state = await getOrderState(market.publicClient, market.deployment, { orderId: order.orderId });
    expect(state.settlementOffer).toEqual({ proposer: merchant.account.address, buyerAmount: parseEther("4") });
    const buyerBefore = await lemanBalance(buyer.account.address);
    const merchantBefore = await lemanBalance(merchant.account.address);
    await acceptSettlement(buyer, market.deployment, { ...order, buyerAmount: parseEther("4") });
    expect((await getOrderState(market.publicClient, market.deployment, { orderId: order.orderId })).status).toBe(
      "Resolved",
    );
    expect(await lemanBalance(buyer.account.address)).toBe(buyerBefore + parseEther("4"));
    expect(await lemanBalance(merchant.account.address)).toBe(merchantBefore + parseEther("6"));
  });

  test("accepting an amount the other side did not offer reverts with NoSettlementOffer", async () => {
    const order = await deliveredOrder();
    await openDispute(market.accounts.buyer, market.deployment, order);
    await proposeSettlement(market.accounts.merchant, market.deployment, { ...order, buyerAmount: 1n });
    const error = await expectMarketError(
      acceptSettlement(market.accounts.buyer, market.deployment, { ...order, buyerAmount: 2n }),
      "NoSettlementOffer",
    );
    expect(error.args.orderId).toBe(order.orderId);
  });

  test("proposing more than the amount reverts with SettlementTooLarge", async () => {
    const order = await deliveredOrder({ amount: 100n });
    await openDispute(market.accounts.buyer, market.deployment, order);
    const error = await expectMarketError(
      proposeSettlement(market.accounts.buyer, market.deployment, { ...order, buyerAmount: 101n }),
      "SettlementTooLarge",
    );
    expect(error.args).toEqual({ buyerAmount: 101n, amount: 100n });
  });
});

describe("rulings", () => {
  test("giveOrderRuling refunds the buyer in the mediator's one transaction", async () => {
    const { buyer, mediator } = market.accounts;
    const order = await deliveredOrder({ withMediator: true, amount: parseEther("7") });
    const { disputeId } = await openDispute(buyer, market.deployment, order);
    const before = await lemanBalance(buyer.account.address);
    await giveOrderRuling(mediator, market.deployment, { disputeId, ...order, ruling: "RefundBuyer" });
    expect((await getOrderState(market.publicClient, market.deployment, { orderId: order.orderId })).status).toBe(
      "Resolved",
    );
    expect(await lemanBalance(buyer.account.address)).toBe(before + parseEther("7"));
  });

  test("giveRuling only records the ruling, which executeRuling then pays to the shop", async () => {
    const { buyer, mediator, merchant, stranger } = market.accounts;
    const order = await deliveredOrder({ withMediator: true, amount: parseEther("3") });
    const { disputeId } = await openDispute(buyer, market.deployment, order);
    const noRuling = await expectMarketError(executeRuling(stranger, market.deployment, order), "NoRuling");
    expect(noRuling.args).toEqual({ orderId: order.orderId });
    await giveRuling(mediator, market.deployment, { disputeId, ruling: "PayShop" });
    expect((await getOrderState(market.publicClient, market.deployment, { orderId: order.orderId })).status).toBe(
      "Disputed",
    );
    const before = await lemanBalance(merchant.account.address);
    await executeRuling(stranger, market.deployment, order);
    expect(await lemanBalance(merchant.account.address)).toBe(before + parseEther("3"));
  });

  test("a ruling by someone other than the mediator reverts with the mediator's NotMediator", async () => {
    const order = await deliveredOrder({ withMediator: true });
    const { disputeId } = await openDispute(market.accounts.buyer, market.deployment, order);
    const error = await expectMarketError(
      giveOrderRuling(market.accounts.stranger, market.deployment, { disputeId, ...order, ruling: "PayShop" }),
      "NotMediator",
    );
    expect(error.args.account).toBe(market.accounts.stranger.account.address);
  });

  test("resolveTimedOut follows the facts: a dispute over a delivered order nobody settled in 60 days pays the shop", async () => {
    const { buyer, merchant, stranger } = market.accounts;
    const order = await deliveredOrder({ amount: parseEther("8") });
    await openDispute(buyer, market.deployment, order);
    await expectMarketError(resolveTimedOut(stranger, market.deployment, order), "DeadlineNotReached");
    await market.increaseTime(60 * 24 * HOUR + 1);
    const before = await lemanBalance(merchant.account.address);
    await resolveTimedOut(stranger, market.deployment, order);
    expect(await lemanBalance(merchant.account.address)).toBe(before + parseEther("8"));
    const state = await getOrderState(market.publicClient, market.deployment, { orderId: order.orderId });
    expect({ status: state.status, isShopPaid: state.isShopPaid }).toEqual({ status: "Resolved", isShopPaid: true });
  });
});

describe("withdrawCredit", () => {
  test("withdraws a payment the escrow could not push to a payout that refused it", async () => {
    const { merchant, buyer, stranger } = market.accounts;
    const payout = stranger.account.address;
    await updatePayout(merchant, market.deployment, { shopId: market.shopId, payout });
    const order = await market.placeOrder({ amount: parseEther("1") });
    // The payout refuses ETH while the order is released (as a contract without `receive` would).
    await market.networkHelpers.setCode(payout, "0xfe");
    await release(buyer, market.deployment, order);
    await market.networkHelpers.setCode(payout, "0x");
    expect(await getCredits(market.publicClient, market.deployment, { account: payout })).toEqual([
      { token: NATIVE_TOKEN, amount: parseEther("1") },
    ]);

    const recipient = market.accounts.secondBuyer.account.address;
    const before = await market.publicClient.getBalance({ address: recipient });
    await withdrawCredit(stranger, market.deployment, { to: recipient });
    expect(await market.publicClient.getBalance({ address: recipient })).toBe(before + parseEther("1"));
    expect(await getCredits(market.publicClient, market.deployment, { account: payout })).toEqual([]);
    await updatePayout(merchant, market.deployment, { shopId: market.shopId, payout: merchant.account.address });
  });

  test("withdrawing without credit reverts with NothingToWithdraw", async () => {
    const error = await expectMarketError(
      withdrawCredit(market.accounts.stranger, market.deployment, { token: market.leman }),
      "NothingToWithdraw",
    );
    expect(error.args).toEqual({ account: market.accounts.stranger.account.address, token: market.leman });
  });
});

describe("requestArbitration", () => {
  test("a dispute opens without an arbitrator that does not answer, and anyone brings it in later", async () => {
    const { buyer, stranger } = market.accounts;
    const mediator = market.deployment.contracts.MediatorArbitrator.address;
    const order = await deliveredOrder({ withMediator: true });
    const code = await market.publicClient.getCode({ address: mediator });
    await market.networkHelpers.setCode(mediator, "0xfe");
    await openDispute(buyer, market.deployment, order);
    await market.networkHelpers.setCode(mediator, code!);
    const opened = await getOrderState(market.publicClient, market.deployment, { orderId: order.orderId });
    expect({ status: opened.status, isArbitrated: opened.isArbitrated }).toEqual({
      status: "Disputed",
      isArbitrated: false,
    });
    const { disputeId, disputeDeadline } = await requestArbitration(stranger, market.deployment, order);
    const state = await getOrderState(market.publicClient, market.deployment, { orderId: order.orderId });
    expect({ isArbitrated: state.isArbitrated, disputeId: state.disputeId, deadline: state.deadline }).toEqual({
      isArbitrated: true,
      disputeId,
      deadline: disputeDeadline,
    });
    await expectMarketError(requestArbitration(stranger, market.deployment, order), "ArbitrationUnavailable");
  });
});

describe("pushCredit", () => {
  test("anyone sends a credited payment to its owner, never elsewhere", async () => {
    const { merchant, buyer, stranger } = market.accounts;
    const payout = market.accounts.secondMerchant.account.address;
    await updatePayout(merchant, market.deployment, { shopId: market.shopId, payout });
    const order = await market.placeOrder({ amount: parseEther("0.5") });
    await market.networkHelpers.setCode(payout, "0xfe");
    await release(buyer, market.deployment, order);
    await market.networkHelpers.setCode(payout, "0x");
    const before = await market.publicClient.getBalance({ address: payout });
    await pushCredit(stranger, market.deployment, { account: payout });
    expect(await market.publicClient.getBalance({ address: payout })).toBe(before + parseEther("0.5"));
    await expectMarketError(pushCredit(stranger, market.deployment, { account: payout }), "NothingToWithdraw");
    await updatePayout(merchant, market.deployment, { shopId: market.shopId, payout: merchant.account.address });
  });
});
