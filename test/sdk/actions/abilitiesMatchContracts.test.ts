import {
  accept,
  cancel,
  cidToHex,
  confirmDelivery,
  confirmPickup,
  executeRuling,
  getOrderAbilities,
  getOrderState,
  giveRuling,
  marketContracts,
  markShipped,
  type OrderAbilities,
  openDispute,
  type PaidOrder,
  postReview,
  proposeSettlement,
  release,
} from "@grandrue/sdk";
import { type Address, type Hex, parseEther } from "viem";
import { beforeAll, describe, expect, test } from "vitest";
import { cidOf, createMarket, HOUR, type Market } from "../helpers/market.ts";

type Order = PaidOrder & { deliveryProof: Hex };

let market: Market;
const orders: Record<string, Order> = {};

beforeAll(async () => {
  market = await createMarket();
  const { deployment } = market;
  const { merchant, buyer, courier } = market.accounts;
  const withCourier = { carrier: courier.account.address, deliveryFee: parseEther("0.001") };
  const mediator = deployment.contracts.MediatorArbitrator.address;

  orders.paidPickup = await market.placeOrder();
  orders.paidCarrier = await market.placeOrder(withCourier);
  orders.acceptedPickup = await market.placeOrder();
  orders.acceptedCarrier = await market.placeOrder(withCourier);
  orders.shippedPickup = await market.placeOrder();
  orders.shippedCarrier = await market.placeOrder(withCourier);
  orders.deliveredPickup = await market.placeOrder();
  orders.deliveredCarrier = await market.placeOrder(withCourier);
  orders.reviewed = await market.placeOrder();
  orders.disputedByShopOffer = await market.placeOrder({ arbitrator: mediator });
  orders.disputedByBuyerOffer = await market.placeOrder();
  orders.completed = await market.placeOrder();
  orders.cancelled = await market.placeOrder();
  orders.resolved = await market.placeOrder({ arbitrator: mediator });
  for (const name of Object.keys(orders).filter((key) => !key.startsWith("paid") && key !== "cancelled")) {
    await accept(merchant, deployment, orders[name]!);
  }
  await markShipped(merchant, deployment, orders.shippedPickup);
  await confirmPickup(courier, deployment, orders.shippedCarrier);
  await confirmPickup(courier, deployment, orders.deliveredCarrier);
  await confirmDelivery(courier, deployment, orders.deliveredCarrier);
  for (const name of ["deliveredPickup", "reviewed", "disputedByShopOffer", "disputedByBuyerOffer", "resolved"]) {
    await confirmDelivery(merchant, deployment, orders[name]!);
  }
  await release(buyer, deployment, orders.reviewed!);
  await postReview(buyer, deployment, { ...orders.reviewed!, rating: 5, textCid: cidOf("great") });
  await openDispute(buyer, deployment, orders.disputedByShopOffer);
  await proposeSettlement(merchant, deployment, { ...orders.disputedByShopOffer!, buyerAmount: 1n });
  await openDispute(buyer, deployment, orders.disputedByBuyerOffer);
  await proposeSettlement(buyer, deployment, { ...orders.disputedByBuyerOffer!, buyerAmount: 2n });
  const { disputeId } = await openDispute(buyer, deployment, orders.resolved);
  await giveRuling(market.accounts.mediator, deployment, { disputeId, ruling: "RefundBuyer" });
  await executeRuling(buyer, deployment, orders.resolved);
  await release(buyer, deployment, orders.completed);
  await cancel(buyer, deployment, orders.cancelled);
});

/** Whether the contract accepts the ability's action from `account` now (an `eth_call`, nothing is sent). */
async function contractAllows(
  ability: keyof OrderAbilities,
  order: Order,
  account: Address,
  buyerAmount: bigint,
): Promise<boolean> {
  const { escrow, reviews } = marketContracts(market.deployment);
  const id = [order.terms] as const;
  const calls: Record<
    keyof OrderAbilities,
    { address: Address; abi: unknown; functionName: string; args: readonly unknown[] }
  > = {
    canCancel: { ...escrow, functionName: "cancel", args: id },
    canAccept: { ...escrow, functionName: "accept", args: id },
    canDecline: { ...escrow, functionName: "decline", args: [...id, ""] },
    canMarkShipped: { ...escrow, functionName: "markShipped", args: id },
    canConfirmPickup: { ...escrow, functionName: "confirmPickup", args: id },
    canConfirmDelivery: { ...escrow, functionName: "confirmDelivery", args: [...id, order.deliveryProof] },
    canConfirmReceipt: { ...escrow, functionName: "confirmReceipt", args: id },
    canRelease: { ...escrow, functionName: "release", args: id },
    canComplete: { ...escrow, functionName: "complete", args: id },
    canExpire: { ...escrow, functionName: "expire", args: id },
    canDispute: { ...escrow, functionName: "openDispute", args: id },
    canProposeSettlement: { ...escrow, functionName: "proposeSettlement", args: [...id, 1n] },
    canAcceptSettlement: { ...escrow, functionName: "acceptSettlement", args: [...id, buyerAmount] },
    canRequestArbitration: { ...escrow, functionName: "requestArbitration", args: id },
    canResolveTimedOut: { ...escrow, functionName: "resolveTimedOut", args: id },
    canReview: { ...reviews, functionName: "review", args: [...id, 4, cidToHex(cidOf("review"))] },
  };
  try {
    await market.publicClient.simulateContract({ ...calls[ability], account } as never);
    return true;
  } catch {
    return false;
  }
}

/** Orders whose abilities no longer change with time: compared once, at the start. */
const TERMINAL = new Set(["completed", "cancelled", "resolved", "reviewed"]);
const OPEN_ORDERS = (name: string) => !TERMINAL.has(name);

async function compareAt(label: string, isCompared: (name: string) => boolean) {
  const { buyer, merchant, courier, stranger } = market.accounts;
  const now = (await market.now()) + 1;
  const compared = Object.entries(orders).filter(([name]) => isCompared(name));
  const checks = compared.map(async ([name, order]) => {
    const state = await getOrderState(market.publicClient, market.deployment, { orderId: order.orderId });
    return [buyer, merchant, courier, stranger].flatMap((viewer) => {
      const account = viewer.account.address;
      const abilities = getOrderAbilities(state, order.terms, { account, isShopManager: viewer === merchant, now });
      return (Object.keys(abilities) as (keyof OrderAbilities)[]).map(async (ability) => {
        const isAllowed = await contractAllows(ability, order, account, state.settlementOffer?.buyerAmount ?? 1n);
        return isAllowed === abilities[ability]
          ? []
          : [`${label}: ${name} (${state.status}) ${ability} for ${account}: contract says ${isAllowed}`];
      });
    });
  });
  const results = await Promise.all((await Promise.all(checks)).flat());
  return results.flat();
}

describe("getOrderAbilities against the contracts", () => {
  test("agrees with the escrow and the reviews contract for every order, party and action, across the windows", async () => {
    const mismatches = [
      ...(await compareAt("at once", () => true)),
      ...(await (async () => {
        await market.increaseTime(100 * HOUR);
        return compareAt("after the accept, ship and delivery windows", OPEN_ORDERS);
      })()),
      ...(await (async () => {
        await market.increaseTime(400 * HOUR);
        return compareAt("after the return windows", OPEN_ORDERS);
      })()),
      ...(await (async () => {
        await market.increaseTime(60 * 24 * HOUR);
        return compareAt("after the dispute timeout", (name) => name.startsWith("disputed"));
      })()),
    ];
    expect(mismatches).toEqual([]);
  });
});

describe("deadline boundaries, with transactions mined at the exact second", () => {
  /** Sends an escrow call mined at `timestamp` (no simulation, fixed gas) and tells whether it succeeded. */
  async function succeedsAt(
    timestamp: number,
    wallet: Market["accounts"]["buyer"],
    functionName: "accept" | "expire" | "complete",
    order: Order,
  ) {
    await market.networkHelpers.time.setNextBlockTimestamp(timestamp);
    try {
      const hash = await wallet.writeContract({
        ...marketContracts(market.deployment).escrow,
        functionName,
        args: [order.terms],
        gas: 1_000_000n,
      });
      return (await market.publicClient.waitForTransactionReceipt({ hash })).status === "success";
    } catch {
      return false;
    }
  }

  test("the shop accepts in the very second of the accept deadline but not the second after", async () => {
    const { merchant } = market.accounts;
    const onTime = await market.placeOrder();
    const late = await market.placeOrder();
    for (const [order, offset, isExpected] of [
      [onTime, 0, true],
      [late, 1, false],
    ] as const) {
      const state = await getOrderState(market.publicClient, market.deployment, { orderId: order.orderId });
      const now = state.deadline + offset;
      expect(
        getOrderAbilities(state, order.terms, { account: merchant.account.address, isShopManager: true, now })
          .canAccept,
      ).toBe(isExpected);
      expect(await succeedsAt(now, merchant, "accept", order)).toBe(isExpected);
    }
  });

  test("anyone expires a paid order from the second after its accept deadline, not in it", async () => {
    const { stranger } = market.accounts;
    const early = await market.placeOrder();
    const due = await market.placeOrder();
    for (const [order, offset, isExpected] of [
      [early, 0, false],
      [due, 1, true],
    ] as const) {
      const state = await getOrderState(market.publicClient, market.deployment, { orderId: order.orderId });
      const now = state.deadline + offset;
      expect(
        getOrderAbilities(state, order.terms, { account: stranger.account.address, isShopManager: false, now })
          .canExpire,
      ).toBe(isExpected);
      expect(await succeedsAt(now, stranger, "expire", order)).toBe(isExpected);
    }
  });

  test("anyone completes a delivered order from the second after its return deadline, not in it", async () => {
    const { merchant, stranger } = market.accounts;
    const early = await market.placeOrder();
    const due = await market.placeOrder();
    for (const order of [early, due]) {
      await accept(merchant, market.deployment, order);
      await confirmDelivery(merchant, market.deployment, order);
    }
    for (const [order, offset, isExpected] of [
      [early, 0, false],
      [due, 1, true],
    ] as const) {
      const state = await getOrderState(market.publicClient, market.deployment, { orderId: order.orderId });
      expect(state.status).toBe("Delivered");
      const now = state.deadline + offset;
      expect(
        getOrderAbilities(state, order.terms, { account: stranger.account.address, isShopManager: false, now })
          .canComplete,
      ).toBe(isExpected);
      expect(await succeedsAt(now, stranger, "complete", order)).toBe(isExpected);
    }
  });
});
