import {
  accept,
  attestCheckpoint,
  cancel,
  confirmDelivery,
  currencyMinorUnits,
  decline,
  deliveryCodeSeedTypedData,
  deriveDeliveryCode,
  markShipped,
  openDispute,
  type PaidOrder,
  placeOrders,
  postReview,
  prepareOrder,
  priceToTokenAmount,
  proposeSettlement,
  publishPreparedOrder,
  relayCheckpoint,
  release,
  replyToReview,
  signCheckpoint,
  toCodeHash,
  toDeliveryProof,
} from "@grandrue/sdk";
import type { Hex } from "viem";
import {
  DEMO_PAST_ORDERS,
  type DemoCarrierKey,
  type DemoPastOrder,
  type DemoShopKey,
  demoShopper,
  pastOrderDeliveryFee,
  pastOrderLines,
} from "../demo-town/index.ts";
import type { chainClock } from "./chainClock.ts";
import type { SeedEnvironment, SeededCarrier, SeededShop, Wallet } from "./seedParticipants.ts";

const HOUR = 3600;

type Clock = ReturnType<typeof chainClock>;
type Placed = PaidOrder & { deliveryProof: Hex; buyer: Wallet; seeded: SeededShop; carrier?: SeededCarrier };

/** The buyer's delivery-code seed: one signature per buyer, as the app asks once per session. */
const codeSeeds = new WeakMap<Wallet, Hex>();
async function codeSeed(wallet: Wallet, chainId: number): Promise<Hex> {
  let seed = codeSeeds.get(wallet);
  if (seed === undefined) {
    seed = (await wallet.signTypedData(
      deliveryCodeSeedTypedData({ chainId, account: wallet.account.address }) as never,
    )) as Hex;
    codeSeeds.set(wallet, seed);
  }
  return seed;
}

async function place(
  env: SeedEnvironment,
  order: DemoPastOrder,
  shops: Map<DemoShopKey, SeededShop>,
  carriers: Map<DemoCarrierKey, SeededCarrier>,
): Promise<Placed> {
  const shopper = demoShopper(order.buyer);
  const buyer = env.wallet(shopper.accountIndex);
  const seeded = shops.get(order.shop)!;
  const carrier = order.delivery.fulfilment === "carrier" ? carriers.get(order.delivery.carrier) : undefined;
  const payment = seeded.payments[order.payment];
  const prepared = prepareOrder({
    chainId: env.chainId,
    buyer: buyer.account.address,
    shopId: seeded.shopId,
    catalogCid: seeded.catalogCid,
    priceUnit: seeded.shop.priceUnit,
    lines: pastOrderLines(order),
    deliveryFee: pastOrderDeliveryFee(order),
    fulfilment: order.delivery.fulfilment,
    carrier: carrier?.address,
    payment,
    ...(order.delivery.fulfilment !== "pickup" && {
      shipping: {
        details: shopper.home.shipping,
        recipientPublicKeys: [seeded.keys.publicKey, ...(carrier === undefined ? [] : [carrier.keys.publicKey])],
      },
    }),
  });
  await publishPreparedOrder(env.ipfs, prepared);
  const deliveryCode = deriveDeliveryCode(await codeSeed(buyer, env.chainId), prepared.nonce);
  const { orders } = await placeOrders(buyer, env.deployment, {
    orders: [
      {
        shopId: seeded.shopId,
        token: payment.token,
        amount: prepared.amount,
        deliveryFee: prepared.deliveryFee,
        carrier: carrier?.address,
        arbitrator: env.deployment.contracts.MediatorArbitrator.address,
        itemsDigest: prepared.itemsDigest,
        shippingDigest: prepared.shippingDigest,
        codeHash: toCodeHash(deliveryCode),
      },
    ],
  });
  return { ...orders[0]!, deliveryProof: toDeliveryProof(deliveryCode), buyer, seeded, carrier };
}

/** Hands the goods over and proves delivery with the buyer's code, as the order's fulfilment says. */
async function deliver(
  env: SeedEnvironment,
  order: DemoPastOrder,
  placed: Placed,
  clock: Clock,
  relayer: Wallet,
  pace: number,
): Promise<void> {
  const { orderId, terms, seeded, carrier } = placed;
  await accept(seeded.owner, env.deployment, { terms });
  await clock.advance(3 * HOUR * pace);
  if (carrier !== undefined) {
    // The courier signs the pickup on the phone, with no gas; the cooperative relays it.
    const pickup = await signCheckpoint(carrier.wallet, env.deployment, {
      orderId,
      checkpoint: "PickedUp",
      recordedAt: await clock.now(),
    });
    await relayCheckpoint(relayer, env.deployment, { ...pickup, terms });
    await clock.advance(2 * HOUR * pace);
    await attestCheckpoint(carrier.wallet, env.deployment, { terms, checkpoint: "OutForDelivery" });
    await clock.advance(1 * HOUR * pace);
    await attestCheckpoint(carrier.wallet, env.deployment, {
      terms,
      checkpoint: "Delivered",
      deliveryProof: placed.deliveryProof,
    });
  } else {
    // The shop's own round: it leaves the shop, then the buyer gives the code at the door.
    if (order.delivery.fulfilment === "own-delivery") {
      await markShipped(seeded.owner, env.deployment, { terms });
      await clock.advance(2 * HOUR * pace);
    }
    // Pickup: the buyer gives the code at the counter.
    await confirmDelivery(seeded.owner, env.deployment, { terms, deliveryProof: placed.deliveryProof });
  }
}

async function bringTo(
  env: SeedEnvironment,
  order: DemoPastOrder,
  placed: Placed,
  clock: Clock,
  relayer: Wallet,
  pace: number,
): Promise<void> {
  const { orderId, terms, seeded, carrier, buyer } = placed;
  const outcome = order.outcome;
  switch (outcome.status) {
    case "paid":
      return;
    case "accepted":
      await accept(seeded.owner, env.deployment, { terms });
      return;
    case "in-transit": {
      await accept(seeded.owner, env.deployment, { terms });
      await clock.advance(4 * HOUR * pace);
      if (carrier === undefined) throw new Error(`${order.key}: an order in transit needs a carrier`);
      const pickup = await signCheckpoint(carrier.wallet, env.deployment, {
        orderId,
        checkpoint: "PickedUp",
        recordedAt: await clock.now(),
      });
      await relayCheckpoint(relayer, env.deployment, { ...pickup, terms });
      await clock.advance(2 * HOUR * pace);
      const inTransit = await signCheckpoint(carrier.wallet, env.deployment, {
        orderId,
        checkpoint: "InTransit",
        recordedAt: await clock.now(),
      });
      await relayCheckpoint(relayer, env.deployment, { ...inTransit, terms });
      return;
    }
    case "delivered":
      await deliver(env, order, placed, clock, relayer, pace);
      return;
    case "completed":
      await deliver(env, order, placed, clock, relayer, pace);
      await clock.advance(5 * HOUR * pace);
      await release(buyer, env.deployment, { terms });
      return;
    case "reviewed": {
      // A review is for a purchase that ended with the shop paid: the buyer releases first.
      await deliver(env, order, placed, clock, relayer, pace);
      await clock.advance(5 * HOUR * pace);
      await release(buyer, env.deployment, { terms });
      await clock.advance(15 * HOUR * pace);
      const createdAt = new Date((await clock.now()) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
      const reviewCid = await env.ipfs.addJson({
        schema: "grandrue.review/1",
        orderId: orderId.toString(),
        rating: outcome.rating,
        text: outcome.review,
        createdAt,
      });
      await postReview(buyer, env.deployment, { terms, rating: outcome.rating, textCid: reviewCid });
      await clock.advance(6 * HOUR * pace);
      const replyCid = await env.ipfs.addJson({
        schema: "grandrue.review-reply/1",
        orderId: orderId.toString(),
        text: outcome.reply,
        createdAt,
      });
      await replyToReview(seeded.owner, env.deployment, { orderId, textCid: replyCid });
      return;
    }
    case "disputed": {
      await deliver(env, order, placed, clock, relayer, pace);
      await clock.advance(8 * HOUR * pace);
      await openDispute(buyer, env.deployment, { terms });
      await clock.advance(5 * HOUR * pace);
      const decimals = currencyMinorUnits(seeded.shop.priceUnit);
      const buyerAmount = priceToTokenAmount(
        outcome.settlementOffer.buyerRefund,
        seeded.payments[order.payment].rate,
        decimals,
      );
      await proposeSettlement(seeded.owner, env.deployment, {
        terms,
        buyerAmount: buyerAmount > terms.amount ? terms.amount : buyerAmount,
      });
      return;
    }
    case "cancelled":
      await clock.advance(1 * HOUR * pace);
      await cancel(buyer, env.deployment, { terms });
      return;
    case "declined":
      await clock.advance(2 * HOUR * pace);
      await decline(seeded.owner, env.deployment, { terms, reason: outcome.reason });
      return;
  }
}

/** Outcomes whose deadlines run now (accept, ship, return windows): seeded in the last hours before now. */
const RECENT_OUTCOMES = new Set(["delivered", "disputed", "in-transit", "accepted", "paid"]);

/**
 * Places the demo's past orders and brings each to its state — relayed courier signatures, delivery codes, reviews
 * with replies, a dispute with a settlement offer — so every screen has something to show. Finished orders are
 * spread over the past days (an hour of their story per hour); orders still running are placed in the last hours
 * before `now`, at a sixth of that pace, so that none of their deadlines has passed when the demo starts. Returns
 * the order id of each demo order by its key.
 */
export async function seedPastOrders(
  env: SeedEnvironment,
  shops: Map<DemoShopKey, SeededShop>,
  carriers: Map<DemoCarrierKey, SeededCarrier>,
  clock: Clock,
  now: number,
): Promise<Map<string, bigint>> {
  const relayer = env.wallet(0);
  const orderIds = new Map<string, bigint>();
  const history = DEMO_PAST_ORDERS.filter((order) => !RECENT_OUTCOMES.has(order.outcome.status));
  const recent = DEMO_PAST_ORDERS.filter((order) => RECENT_OUTCOMES.has(order.outcome.status)).sort(
    (a, b) => [...RECENT_OUTCOMES].indexOf(a.outcome.status) - [...RECENT_OUTCOMES].indexOf(b.outcome.status),
  );
  for (const [orders, pace, gapHours] of [
    [history, 1, 16],
    [recent, 1 / 6, 1],
  ] as const) {
    if (orders === recent) await clock.catchUpTo(now - 8 * HOUR);
    for (const order of orders) {
      await clock.advance(gapHours * HOUR * pace);
      const placed = await place(env, order, shops, carriers);
      await bringTo(env, order, placed, clock, relayer, pace);
      orderIds.set(order.key, placed.orderId);
    }
  }
  return orderIds;
}
