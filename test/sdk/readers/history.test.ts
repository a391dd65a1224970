import {
  accept,
  attestCheckpoint,
  cancel,
  confirmDelivery,
  decline,
  executeRuling,
  expire,
  getCarrier,
  getCredits,
  getOrder,
  getOrderState,
  getOrderTimeline,
  getShop,
  getShopReviews,
  giveRuling,
  listCarriers,
  listOrders,
  MarketError,
  markShipped,
  NATIVE_TOKEN,
  OrderNotFoundError,
  type OrderTimelineEntry,
  openDispute,
  type PaidOrder,
  postReview,
  proposeSettlement,
  publishCatalog,
  type RecordableCheckpoint,
  registerCarrier,
  relayCheckpoint,
  release,
  replyToReview,
  setOrderHook,
  setShopActive,
  signCheckpoint,
  transferShop,
  updateAcceptance,
  updateCarrier,
  updatePayout,
  updateShopMetadata,
  updateTerms,
} from "@grandrue/sdk";
import { type Address, getAddress, parseEther, zeroAddress } from "viem";
import { beforeAll, describe, expect, test } from "vitest";
import { cidOf, createMarket, HOUR, type Market, SHOP_TERMS } from "../helpers/market.ts";

/** Small ranges, so every reader goes through many `eth_getLogs` requests. */
const blockRange = 4n;
/** An address that refuses ETH (its code is INVALID) and a completion hook that always fails. */
const REFUSING_PAYOUT = getAddress("0x000000000000000000000000000000000000bEEF");
const FAILING_HOOK = getAddress("0x000000000000000000000000000000000000dEaD");
const NEW_TERMS = { acceptHours: 12, shipHours: 24, deliveryHours: 48, returnHours: 96 };
const NEW_ACCEPTANCE = {
  payments: [{ token: NATIVE_TOKEN, rate: 5n }],
  carriers: [],
  isAnyCarrierAccepted: true,
  arbitrators: [],
  isAnyArbitratorAccepted: true,
};

let market: Market;
let shopB: bigint;
let shopC: bigint;
const orders: Record<string, PaidOrder> = {};

function describeEntry(entry: OrderTimelineEntry): string {
  return entry.type === "Checkpoint" ? `Checkpoint:${entry.checkpoint}` : entry.type;
}

async function timelineOf(name: string): Promise<OrderTimelineEntry[]> {
  return getOrderTimeline(market.publicClient, market.deployment, { orderId: orders[name]!.orderId, blockRange });
}

beforeAll(async () => {
  market = await createMarket();
  const { deployment } = market;
  const { merchant, secondMerchant, buyer, secondBuyer, courier, stranger, mediator } = market.accounts;
  const mediatorContract = deployment.contracts.MediatorArbitrator.address;
  shopB = await market.openShop(secondMerchant);
  shopC = await market.openShop(merchant);
  await market.fundBuyer(secondBuyer.account.address);
  await registerCarrier(courier, deployment, { profileCid: cidOf("courier profile v1") });
  await updateCarrier(courier, deployment, { profileCid: cidOf("courier profile v2") });
  await registerCarrier(stranger, deployment, { profileCid: cidOf("cargo bike co-op") });

  orders.paid = await market.placeOrder();
  orders.accepted = await market.placeOrder();
  await accept(merchant, deployment, orders.accepted);
  orders.shipped = await market.placeOrder();
  await accept(merchant, deployment, orders.shipped);
  await markShipped(merchant, deployment, orders.shipped);
  orders.cancelled = await market.placeOrder();
  await cancel(buyer, deployment, orders.cancelled);
  orders.declined = await market.placeOrder({ shopId: shopB });
  await decline(secondMerchant, deployment, { ...orders.declined, reason: "Closed on Mondays" });
  orders.expired = await market.placeOrder();
  await market.increaseTime(SHOP_TERMS.acceptHours * HOUR + 1);
  await expire(stranger, deployment, orders.expired);

  // A carrier order delivered through signed checkpoints relayed by three different accounts.
  const carried = await market.placeOrder({
    token: market.leman,
    amount: parseEther("20"),
    carrier: courier.account.address,
    deliveryFee: parseEther("2"),
  });
  orders.carried = carried;
  await accept(merchant, deployment, carried);
  const signed = (checkpoint: RecordableCheckpoint, deliveryProof?: `0x${string}`) =>
    signCheckpoint(courier, deployment, { orderId: carried.orderId, checkpoint, deliveryProof });
  await relayCheckpoint(stranger, deployment, { ...(await signed("PickedUp")), terms: carried.terms });
  await attestCheckpoint(courier, deployment, { ...carried, checkpoint: "InTransit" });
  await relayCheckpoint(buyer, deployment, { ...(await signed("OutForDelivery")), terms: carried.terms });
  await relayCheckpoint(merchant, deployment, {
    ...(await signed("Delivered", carried.deliveryProof)),
    terms: carried.terms,
  });
  await release(buyer, deployment, carried);
  await postReview(buyer, deployment, { ...carried, rating: 4, textCid: cidOf("fresh and on time") });
  await replyToReview(merchant, deployment, { orderId: carried.orderId, textCid: cidOf("thank you!") });

  orders.completed = await market.placeOrder({ shopId: shopB, by: secondBuyer });
  await accept(secondMerchant, deployment, orders.completed);
  await confirmDelivery(secondMerchant, deployment, {
    ...orders.completed,
    deliveryProof: (orders.completed as PaidOrder & { deliveryProof: `0x${string}` }).deliveryProof,
  });
  await release(secondBuyer, deployment, orders.completed);
  await postReview(secondBuyer, deployment, { ...orders.completed, rating: 5, textCid: cidOf("best cheese in town") });

  const disputed = await market.placeOrder({ arbitrator: mediatorContract });
  orders.disputed = disputed;
  await accept(merchant, deployment, disputed);
  await confirmDelivery(merchant, deployment, disputed);
  await openDispute(buyer, deployment, disputed);
  await proposeSettlement(merchant, deployment, { ...disputed, buyerAmount: 1n });

  const resolved = await market.placeOrder({
    arbitrator: mediatorContract,
    token: market.leman,
    amount: parseEther("9"),
  });
  orders.resolved = resolved;
  await accept(merchant, deployment, resolved);
  await confirmDelivery(merchant, deployment, resolved);
  const { disputeId } = await openDispute(buyer, deployment, resolved);
  await proposeSettlement(buyer, deployment, { ...resolved, buyerAmount: parseEther("9") });
  await giveRuling(mediator, deployment, { disputeId, ruling: "PayShop" });
  await executeRuling(stranger, deployment, resolved);

  // Shop C changes everything, takes an order whose payout refuses ETH and whose hook fails, then is sold.
  await updateShopMetadata(merchant, deployment, { shopId: shopC, metadataCid: cidOf("shop C v2"), geohash: "u0k9" });
  await publishCatalog(merchant, deployment, { shopId: shopC, catalogCid: cidOf("shop C catalog v2") });
  await updateTerms(merchant, deployment, { shopId: shopC, terms: NEW_TERMS });
  await updateAcceptance(merchant, deployment, { shopId: shopC, acceptance: NEW_ACCEPTANCE });
  await updatePayout(merchant, deployment, { shopId: shopC, payout: REFUSING_PAYOUT });
  await setOrderHook(merchant, deployment, { shopId: shopC, hook: FAILING_HOOK });
  await market.networkHelpers.setCode(REFUSING_PAYOUT, "0xfe");
  await market.networkHelpers.setCode(FAILING_HOOK, "0xfe");
  orders.credited = await market.placeOrder({ shopId: shopC, amount: parseEther("0.5") });
  await release(buyer, deployment, orders.credited);
  await setShopActive(merchant, deployment, { shopId: shopC, isActive: false });
  await transferShop(merchant, deployment, { shopId: shopC, to: secondMerchant.account.address });
});

describe("getOrderState", () => {
  test("names the status of orders in every status", async () => {
    const expected: Record<string, string> = {
      paid: "Paid",
      accepted: "Accepted",
      shipped: "Shipped",
      carried: "Completed",
      completed: "Completed",
      cancelled: "Cancelled",
      declined: "Declined",
      expired: "Expired",
      disputed: "Disputed",
      resolved: "Resolved",
      credited: "Completed",
    };
    for (const [name, status] of Object.entries(expected)) {
      const state = await getOrderState(market.publicClient, market.deployment, { orderId: orders[name]!.orderId });
      expect({ name, status: state.status }).toEqual({ name, status });
    }
  });

  test("carries the standing settlement offer of a disputed order and whether an order was reviewed", async () => {
    const disputed = await getOrderState(market.publicClient, market.deployment, { orderId: orders.disputed!.orderId });
    expect(disputed.settlementOffer).toEqual({ proposer: market.accounts.merchant.account.address, buyerAmount: 1n });
    expect(disputed.isReviewed).toBe(false);
    expect(
      (await getOrderState(market.publicClient, market.deployment, { orderId: orders.carried!.orderId })).isReviewed,
    ).toBe(true);
    expect((await getOrderState(market.publicClient, market.deployment, { orderId: 12345n })).status).toBe("None");
  });
});

describe("getOrder", () => {
  test("rebuilds an order's terms and digests from its OrderPaid event, with its state and payment time", async () => {
    const paid = orders.carried!;
    const order = await getOrder(market.publicClient, market.deployment, { orderId: paid.orderId, blockRange });
    expect(order.terms).toEqual(paid.terms);
    expect({ itemsDigest: order.itemsDigest, shippingDigest: order.shippingDigest }).toEqual({
      itemsDigest: paid.itemsDigest,
      shippingDigest: paid.shippingDigest,
    });
    expect(order.state.status).toBe("Completed");
    const block = await market.publicClient.getBlock({ blockNumber: paid.blockNumber });
    expect(order.paidAt).toBe(Number(block.timestamp));
  });

  test("fails with OrderNotFoundError for an order never paid", async () => {
    await expect(getOrder(market.publicClient, market.deployment, { orderId: 42n, blockRange })).rejects.toThrow(
      OrderNotFoundError,
    );
  });
});

describe("getOrderTimeline", () => {
  test("lists a carrier order's payment, acceptance, every relayed or direct checkpoint, delivery, review and reply", async () => {
    const timeline = await timelineOf("carried");
    expect(timeline.map(describeEntry)).toEqual([
      "Paid",
      "Accepted",
      "PickedUp",
      "Checkpoint:PickedUp",
      "Checkpoint:InTransit",
      "Checkpoint:OutForDelivery",
      "Delivered",
      "Checkpoint:Delivered",
      "Completed",
      "Reviewed",
      "Replied",
    ]);
    const relayers = timeline.flatMap((entry) => (entry.type === "Checkpoint" ? [entry.relayer] : []));
    const { stranger, courier, buyer, merchant } = market.accounts;
    expect(relayers).toEqual([stranger, courier, buyer, merchant].map((wallet) => wallet.account.address));
    const pickup = timeline.find((entry) => entry.type === "PickedUp");
    expect(pickup).toMatchObject({ by: market.deployment.contracts.DeliveryAttestations.address });
    expect(timeline.find((entry) => entry.type === "Reviewed")).toMatchObject({
      rating: 4,
      textCid: cidOf("fresh and on time"),
    });
  });

  test("stamps every entry with its block's timestamp, in chain order", async () => {
    const timeline = await timelineOf("carried");
    for (const entry of timeline) {
      const block = await market.publicClient.getBlock({ blockNumber: entry.blockNumber });
      expect(entry.timestamp).toBe(Number(block.timestamp));
    }
    const positions = timeline.map((entry) => entry.blockNumber * 1000n + BigInt(entry.logIndex));
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
  });

  test("shows a pickup order handed over by the shop as Shipped", async () => {
    expect((await timelineOf("shipped")).map(describeEntry)).toEqual(["Paid", "Accepted", "Shipped"]);
  });

  test("shows refunds: cancelled, declined with its reason, expired with the status it expired in", async () => {
    expect((await timelineOf("cancelled")).map(describeEntry)).toEqual(["Paid", "Cancelled"]);
    const declined = await timelineOf("declined");
    expect(declined.at(-1)).toMatchObject({ type: "Declined", reason: "Closed on Mondays" });
    const expired = await timelineOf("expired");
    expect(expired.at(-1)).toMatchObject({ type: "Expired", previousStatus: "Paid" });
  });

  test("shows a dispute through its settlement offer, the arbitrator's ruling and the payout", async () => {
    const timeline = await timelineOf("resolved");
    expect(timeline.map(describeEntry)).toEqual([
      "Paid",
      "Accepted",
      "Delivered",
      "Disputed",
      "SettlementProposed",
      "Ruled",
      "Resolved",
    ]);
    expect(timeline.find((entry) => entry.type === "Ruled")).toMatchObject({ ruling: 2n });
    expect(timeline.at(-1)).toMatchObject({ resolution: "Ruling", buyerAmount: 0n, shopAmount: parseEther("9") });
  });

  test("shows a payment credited to a payout that refused it and an order hook that failed", async () => {
    const timeline = await timelineOf("credited");
    expect(timeline.map(describeEntry)).toEqual(["Paid", "Completed", "PaymentCredited", "HookFailed"]);
    expect(timeline[2]).toMatchObject({ account: REFUSING_PAYOUT, token: NATIVE_TOKEN, amount: parseEther("0.5") });
    expect(timeline[3]).toMatchObject({ hook: FAILING_HOOK });
  });

  test("is empty for an order never paid", async () => {
    expect(await getOrderTimeline(market.publicClient, market.deployment, { orderId: 7n, blockRange })).toEqual([]);
  });
});

describe("listOrders", () => {
  const idsOf = (list: { orderId: bigint }[]) => list.map((order) => order.orderId);

  test("lists a buyer's orders, oldest first, with their states", async () => {
    const list = await listOrders(market.publicClient, market.deployment, {
      buyer: market.accounts.buyer.account.address,
      blockRange,
    });
    const names = [
      "paid",
      "accepted",
      "shipped",
      "cancelled",
      "declined",
      "expired",
      "carried",
      "disputed",
      "resolved",
      "credited",
    ];
    expect(idsOf(list)).toEqual(names.map((name) => orders[name]!.orderId));
    expect(list.map((order) => order.state.status)).toEqual([
      "Paid",
      "Accepted",
      "Shipped",
      "Cancelled",
      "Declined",
      "Expired",
      "Completed",
      "Disputed",
      "Resolved",
      "Completed",
    ]);
  });

  test("lists a shop's orders by its indexed id", async () => {
    const list = await listOrders(market.publicClient, market.deployment, { shopId: shopB, blockRange });
    expect(idsOf(list)).toEqual([orders.declined!.orderId, orders.completed!.orderId]);
  });

  test("lists the orders accepted with a carrier by the indexed carrier of OrderAccepted", async () => {
    const list = await listOrders(market.publicClient, market.deployment, {
      carrier: market.accounts.courier.account.address,
      blockRange,
    });
    expect(idsOf(list)).toEqual([orders.carried!.orderId]);
    expect(
      await listOrders(market.publicClient, market.deployment, {
        carrier: market.accounts.stranger.account.address,
        blockRange,
      }),
    ).toEqual([]);
  });
});

describe("getShop", () => {
  test("rebuilds a shop from the registry's views and the latest of each of its events", async () => {
    const shop = await getShop(market.publicClient, market.deployment, { shopId: shopC, blockRange });
    expect(shop).toMatchObject({
      shopId: shopC,
      owner: market.accounts.secondMerchant.account.address,
      payout: REFUSING_PAYOUT,
      terms: NEW_TERMS,
      isActive: false,
      hook: FAILING_HOOK,
      metadataCid: cidOf("shop C v2"),
      geohash: "u0k9",
      catalogCid: cidOf("shop C catalog v2"),
      acceptance: NEW_ACCEPTANCE,
    });
    const registeredBlock = await market.publicClient.getBlock({ blockNumber: shop.history[0]!.blockNumber });
    expect(shop.registeredAt).toBe(Number(registeredBlock.timestamp));
  });

  test("keeps the shop's whole history, including its ERC-721 transfers", async () => {
    const { history } = await getShop(market.publicClient, market.deployment, { shopId: shopC, blockRange });
    expect(history.map((entry) => entry.type)).toEqual([
      "Transferred",
      "Registered",
      "MetadataUpdated",
      "CatalogPublished",
      "AcceptanceUpdated",
      "MetadataUpdated",
      "CatalogPublished",
      "TermsUpdated",
      "AcceptanceUpdated",
      "PayoutUpdated",
      "OrderHookUpdated",
      "ActiveChanged",
      "Transferred",
    ]);
    expect(history[0]).toMatchObject({ from: zeroAddress, to: market.accounts.merchant.account.address });
    expect(history.at(-1)).toMatchObject({
      from: market.accounts.merchant.account.address,
      to: market.accounts.secondMerchant.account.address,
    });
  });

  test("reads an untouched shop's registration as it was", async () => {
    const shop = await getShop(market.publicClient, market.deployment, { shopId: shopB, blockRange });
    expect(shop).toMatchObject({
      owner: market.accounts.secondMerchant.account.address,
      terms: SHOP_TERMS,
      isActive: true,
      hook: zeroAddress,
      geohash: "u0k8m7q1",
    });
    expect(shop.metadataCid).toBe(cidOf("shop metadata"));
  });

  test("fails with a decoded UnknownShop for an id never registered", async () => {
    const error = await getShop(market.publicClient, market.deployment, { shopId: 99n, blockRange }).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(MarketError);
    expect((error as MarketError).errorName).toBe("UnknownShop");
  });
});

describe("carriers", () => {
  test("getCarrier returns a carrier's latest profile and its history", async () => {
    const carrier = await getCarrier(market.publicClient, market.deployment, {
      carrier: market.accounts.courier.account.address,
      blockRange,
    });
    expect(carrier?.profileCid).toBe(cidOf("courier profile v2"));
    expect(carrier?.history.map((entry) => [entry.type, entry.profileCid])).toEqual([
      ["Registered", cidOf("courier profile v1")],
      ["Updated", cidOf("courier profile v2")],
    ]);
    expect(carrier!.updatedAt).toBeGreaterThanOrEqual(carrier!.registeredAt);
  });

  test("getCarrier returns undefined for an address that never registered", async () => {
    expect(
      await getCarrier(market.publicClient, market.deployment, {
        carrier: market.accounts.buyer.account.address,
        blockRange,
      }),
    ).toBeUndefined();
  });

  test("listCarriers lists every carrier in registration order", async () => {
    const carriers = await listCarriers(market.publicClient, market.deployment, { blockRange });
    expect(carriers.map((carrier) => [carrier.carrier, carrier.profileCid])).toEqual([
      [market.accounts.courier.account.address, cidOf("courier profile v2")],
      [market.accounts.stranger.account.address, cidOf("cargo bike co-op")],
    ]);
  });
});

describe("getShopReviews", () => {
  test("returns a shop's reviews with the shop's replies and its on-chain rating", async () => {
    const reviews = await getShopReviews(market.publicClient, market.deployment, { shopId: market.shopId, blockRange });
    expect(reviews).toMatchObject({ count: 1, ratingSum: 4, averageRating: 4, distinctBuyers: 1 });
    expect(reviews.reviews).toHaveLength(1);
    expect(reviews.reviews[0]).toMatchObject({
      orderId: orders.carried!.orderId,
      buyer: market.accounts.buyer.account.address,
      rating: 4,
      token: orders.carried!.terms.token,
      amount: orders.carried!.terms.amount,
      textCid: cidOf("fresh and on time"),
      reply: { by: market.accounts.merchant.account.address, textCid: cidOf("thank you!") },
    });
  });

  test("returns no average for a shop without reviews and keeps shops apart", async () => {
    const shopBReviews = await getShopReviews(market.publicClient, market.deployment, { shopId: shopB, blockRange });
    expect(shopBReviews.reviews.map((review) => [review.rating, review.reply])).toEqual([[5, undefined]]);
    expect(await getShopReviews(market.publicClient, market.deployment, { shopId: shopC, blockRange })).toEqual({
      count: 0,
      ratingSum: 0,
      averageRating: undefined,
      distinctBuyers: 0,
      reviews: [],
    });
  });
});

describe("getCredits", () => {
  test("lists what an account can withdraw, per token", async () => {
    expect(await getCredits(market.publicClient, market.deployment, { account: REFUSING_PAYOUT, blockRange })).toEqual([
      { token: NATIVE_TOKEN, amount: parseEther("0.5") },
    ]);
    const nobody: Address = market.accounts.buyer.account.address;
    expect(await getCredits(market.publicClient, market.deployment, { account: nobody, blockRange })).toEqual([]);
  });
});
