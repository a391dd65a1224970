/**
 * Every kind of intent through one relayer, after a checkout it relayed: a buyer's cancel paid with a permit fee, a
 * sponsored release and review, and a carrier's offline-signed checkpoint — each sponsored action charged to the
 * shop's budget at its real gas cost.
 */
import {
  accept,
  allowancePull,
  createRelayerClient,
  getOrderState,
  type PaidOrder,
  paidOrdersFromLogs,
  type RelayerIntent,
  registerCarrier,
  signBuyerAction,
  signCheckpoint,
  signPermitPull,
  signReview,
} from "@grandrue/sdk";
import { type Address, parseEther, parseUnits } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cidOf } from "../sdk/helpers/market.ts";
import { createRelayerMarket, type RelayerMarket } from "./helpers/relayerMarket.ts";

describe("relayer: buyer actions, reviews and carrier checkpoints", () => {
  let market: RelayerMarket;
  let api: ReturnType<typeof createRelayerClient>;
  let relayerAddress: Address;
  const budget = parseEther("1");

  beforeAll(async () => {
    market = await createRelayerMarket();
    const relayer = await market.relayer({
      settings: market.settings({ sponsoredShops: [{ shopId: market.shopId, budget }] }),
    });
    relayerAddress = relayer.address;
    api = createRelayerClient({ url: relayer.url });
    await registerCarrier(market.accounts.courier, market.deployment, { profileCid: cidOf("courier") });
  });
  afterAll(() => market?.close());

  async function relay(intent: RelayerIntent) {
    const { id } = await api.submitIntent(intent);
    return api.waitForIntent(id, { pollIntervalMs: 20 });
  }

  async function relayedOrder(
    buyer: Awaited<ReturnType<RelayerMarket["buyer"]>>,
    options: { carrier?: Address; deliveryFee?: bigint } = {},
  ): Promise<PaidOrder> {
    const { fee } = await api.quote({ kind: "checkout", token: market.eurc.token });
    const done = await relay(await market.signedCheckout(buyer, { fee, ...options }));
    const receipt = await market.client.getTransactionReceipt({ hash: done.transactionHash! });
    return paidOrdersFromLogs(receipt.logs)[0]!;
  }

  it("relays a cancel whose fee the buyer pays with a permit", async () => {
    const buyer = await market.buyer();
    const order = await relayedOrder(buyer);
    const { fee } = await api.quote({ kind: "buyerAction", token: market.eurc.token });
    const deadline = await market.deadline();
    const signed = await signBuyerAction(buyer, market.deployment, {
      action: "Cancel",
      terms: order.terms,
      maxFee: fee,
      nonce: 1n,
      deadline,
    });
    const feePull = await signPermitPull(buyer, market.deployment, { token: market.eurc.token, value: fee, deadline });
    const before = await market.balanceOf(relayerAddress);
    const done = await relay({ kind: "buyerAction", ...signed, fee, feePull });
    expect(done.status).toBe("confirmed");
    expect((await getOrderState(market.client, market.deployment, { orderId: order.orderId })).status).toBe(
      "Cancelled",
    );
    expect((await market.balanceOf(relayerAddress)) - before).toBe(fee);
    console.log(`relayed cancel: ${done.receipt?.gasUsed} gas`);
  });

  it("relays a sponsored release and review, charging the shop's budget what they cost", async () => {
    const buyer = await market.buyer();
    const order = await relayedOrder(buyer);
    await accept(market.accounts.secondMerchant, market.deployment, { terms: order.terms });
    const deadline = await market.deadline();
    const release = await signBuyerAction(buyer, market.deployment, {
      action: "Release",
      terms: order.terms,
      maxFee: 0n,
      nonce: 1n,
      deadline,
    });
    const released = await relay({ kind: "buyerAction", ...release, fee: 0n, feePull: allowancePull });
    expect((await getOrderState(market.client, market.deployment, { orderId: order.orderId })).status).toBe(
      "Completed",
    );
    const review = await signReview(buyer, market.deployment, {
      terms: order.terms,
      rating: 5,
      textCid: cidOf("Lovely bread"),
      nonce: 0n,
      deadline,
    });
    const reviewed = await relay({ kind: "review", ...review });
    expect((await getOrderState(market.client, market.deployment, { orderId: order.orderId })).isReviewed).toBe(true);
    const cost = async (hash: `0x${string}`) => {
      const receipt = await market.client.getTransactionReceipt({ hash });
      return receipt.gasUsed * receipt.effectiveGasPrice;
    };
    const spent = (await cost(released.transactionHash!)) + (await cost(reviewed.transactionHash!));
    const policy = await api.getPolicy();
    expect(policy.sponsoredShops).toEqual([{ shopId: market.shopId, remaining: budget - spent }]);
    expect(await market.client.getBalance({ address: buyer.account.address })).toBe(0n);
    console.log(`relayed release: ${released.receipt?.gasUsed} gas, review: ${reviewed.receipt?.gasUsed} gas`);
  });

  it("relays a carrier's offline-signed checkpoint", async () => {
    const buyer = await market.buyer();
    const order = await relayedOrder(buyer, {
      carrier: market.accounts.courier.account.address,
      deliveryFee: parseUnits("3", 6),
    });
    await accept(market.accounts.secondMerchant, market.deployment, { terms: order.terms });
    const signed = await signCheckpoint(market.accounts.courier, market.deployment, {
      orderId: order.orderId,
      checkpoint: "PickedUp",
      recordedAt: await market.now(),
    });
    const done = await relay({ kind: "carrierCheckpoint", ...signed, terms: order.terms });
    expect(done.status).toBe("confirmed");
    expect((await getOrderState(market.client, market.deployment, { orderId: order.orderId })).status).toBe("Shipped");
    console.log(`relayed checkpoint: ${done.receipt?.gasUsed} gas`);
  });

  it("refuses a checkpoint not signed by the order's carrier", async () => {
    const buyer = await market.buyer();
    const order = await relayedOrder(buyer, { carrier: market.accounts.courier.account.address });
    const signed = await signCheckpoint(market.accounts.stranger, market.deployment, {
      orderId: order.orderId,
      checkpoint: "PickedUp",
      recordedAt: await market.now(),
    });
    const error = await api.submitIntent({ kind: "carrierCheckpoint", ...signed, terms: order.terms }).catch((e) => e);
    expect(error.code).toBe("BadSignature");
  });
});
