import {
  type ActivityOrder,
  accept,
  attestCheckpoint,
  cancel,
  deploymentBlock,
  getOrderActivity,
  type OrderActivityEntry,
  registerCarrier,
} from "@grandrue/sdk";
import { beforeAll, describe, expect, test } from "vitest";
import { cidOf, createMarket, type Market } from "../helpers/market.ts";

let market: Market;
const describeEntry = (entry: OrderActivityEntry) =>
  `${entry.orderId === orderIds[0] ? "first" : "second"}:${entry.type}`;
let orderIds: bigint[] = [];

async function head(): Promise<bigint> {
  return market.publicClient.getBlockNumber();
}

beforeAll(async () => {
  market = await createMarket();
  await registerCarrier(market.accounts.courier, market.deployment, { profileCid: cidOf("courier") });
});

describe("getOrderActivity", () => {
  test("reads a shop's new orders, then only what happened to them in the blocks after", async () => {
    const { deployment, publicClient, accounts, shopId } = market;
    const start = deploymentBlock(deployment, "Escrow");
    const empty = await getOrderActivity(publicClient, deployment, { shopId, fromBlock: start, toBlock: await head() });
    expect(empty).toEqual({ orders: [], entries: [] });

    const first = await market.placeOrder({ carrier: accounts.courier.account.address, deliveryFee: 1000n });
    const second = await market.placeOrder();
    orderIds = [first.orderId, second.orderId];
    const firstRead = await head();
    const read = await getOrderActivity(publicClient, deployment, { shopId, fromBlock: start, toBlock: firstRead });
    expect(read.orders.map((order) => order.orderId)).toEqual(orderIds);
    expect(read.entries.map(describeEntry)).toEqual(["first:Paid", "second:Paid"]);
    expect(read.entries[0]).toMatchObject({ shopId, timestamp: expect.any(Number) });

    await accept(accounts.merchant, deployment, first);
    await attestCheckpoint(accounts.courier, deployment, { ...first, checkpoint: "PickedUp" });
    await cancel(accounts.buyer, deployment, second);
    const next = await getOrderActivity(publicClient, deployment, {
      shopId,
      fromBlock: firstRead + 1n,
      toBlock: await head(),
      knownOrders: read.orders,
    });
    expect(next.orders).toEqual(read.orders);
    expect(next.entries.map(describeEntry)).toEqual([
      "first:Accepted",
      "first:PickedUp",
      "first:Checkpoint",
      "second:Cancelled",
    ]);
  });

  test("finds a buyer's and a carrier's orders, and nobody else's", async () => {
    const { deployment, publicClient, accounts } = market;
    const range = { fromBlock: deploymentBlock(deployment, "Escrow"), toBlock: await head() };
    const ids = (orders: ActivityOrder[]) => orders.map((order) => order.orderId);
    expect(
      ids(
        (await getOrderActivity(publicClient, deployment, { buyer: accounts.buyer.account.address, ...range })).orders,
      ),
    ).toEqual(orderIds);
    const carried = await getOrderActivity(publicClient, deployment, {
      carrier: accounts.courier.account.address,
      ...range,
    });
    expect(ids(carried.orders)).toEqual([orderIds[0]]);
    expect(carried.entries.every((entry) => entry.orderId === orderIds[0])).toBe(true);
    const stranger = await getOrderActivity(publicClient, deployment, {
      buyer: accounts.stranger.account.address,
      ...range,
    });
    expect(stranger).toEqual({ orders: [], entries: [] });
  });

  test("reads nothing from an empty range", async () => {
    const { deployment, publicClient, shopId } = market;
    const now = await head();
    expect(await getOrderActivity(publicClient, deployment, { shopId, fromBlock: now + 1n, toBlock: now })).toEqual({
      orders: [],
      entries: [],
    });
  });
});
