import { type Address, isAddressEqual, zeroAddress } from "viem";
import type { MarketReadClient } from "../chain/client.ts";
import { getLogsInRanges } from "../chain/getLogsInRanges.ts";
import { checkpointRecordedEvent, orderEvents, orderPaidEvent, reviewEvents } from "../chain/marketEvents.ts";
import { type LogPosition, positionEvents } from "../chain/positionEvents.ts";
import { orderIdTopicGroups, toTopic } from "../chain/topics.ts";
import type { Deployment } from "../deployment.ts";
import type { OrderTimelineEntry, OrderTimelineEvent } from "./getOrderTimeline.ts";
import type { OrderFilter } from "./listOrders.ts";
import { checkpointEventFromLog, orderEventFromLog } from "./orderEventFromLog.ts";

/** An order of the party, as much as its later events need: which shop, and which carrier (zero for none). */
export type ActivityOrder = { orderId: bigint; shopId: bigint; carrier: Address };

/** Something that happened to one of the party's orders. */
export type OrderActivityEntry = OrderTimelineEntry & { orderId: bigint; shopId: bigint };

export type GetOrderActivityParameters = OrderFilter & {
  /** First block to read: the block after the last one read, or the deployment block the first time. */
  fromBlock: bigint;
  /** Last block to read (the head the caller saw). */
  toBlock: bigint;
  /** The party's orders found by earlier reads (`orders` of the previous result): their later events are read too. */
  knownOrders?: readonly ActivityOrder[];
  /** Forwarded to {@link getLogsInRanges}. */
  blockRange?: bigint;
};

export type GetOrderActivityReturnType = {
  /** Every order of the party known after this read: the known ones, then those paid in the range. */
  orders: ActivityOrder[];
  /** What happened to them in the range, in chain order with block times (rulings excepted: see the timeline). */
  entries: OrderActivityEntry[];
};

/**
 * `OrderPaid` topics: orderId (1), shopId (2), buyer (3). The carrier is not among them: a carrier's new orders are
 * filtered from the range's payments, which incremental reads keep small (`listOrders` reads the carrier topic of
 * `OrderAccepted` instead).
 */
function paidTopics(party: OrderFilter) {
  if ("buyer" in party) return [null, null, toTopic(party.buyer)];
  if ("shopId" in party) return [null, toTopic(party.shopId)];
  return [];
}

function partyOf(parameters: GetOrderActivityParameters): OrderFilter {
  if ("buyer" in parameters) return { buyer: parameters.buyer };
  if ("shopId" in parameters) return { shopId: parameters.shopId };
  return { carrier: parameters.carrier };
}

/**
 * What happened, in a block range, to the orders of a buyer, a shop or a carrier: new orders paid, acceptance,
 * pickup, checkpoints, delivery, disputes, settlement offers, resolution, completion, refunds, reviews. Reads
 * incrementally: pass the previous result's `orders` as `knownOrders` and the next block as `fromBlock`, and only
 * the new blocks are read. Inboxes and order watchers are built on it.
 * @example
 * const first = await getOrderActivity(client, deployment, { shopId: 3n, fromBlock: deploymentBlock(deployment, "Escrow"), toBlock: head })
 * const next = await getOrderActivity(client, deployment, { shopId: 3n, fromBlock: head + 1n, toBlock: newHead, knownOrders: first.orders })
 */
export async function getOrderActivity(
  client: MarketReadClient,
  deployment: Deployment,
  parameters: GetOrderActivityParameters,
): Promise<GetOrderActivityReturnType> {
  const { fromBlock, toBlock, blockRange, knownOrders = [] } = parameters;
  const party = partyOf(parameters);
  const { Escrow, Reviews, DeliveryAttestations } = deployment.contracts;
  if (toBlock < fromBlock) return { orders: [...knownOrders], entries: [] };
  const paidLogs = await getLogsInRanges(client, {
    address: Escrow.address,
    events: [orderPaidEvent],
    topics: paidTopics(party),
    fromBlock,
    toBlock,
    blockRange,
  });
  const known = new Set(knownOrders.map((order) => order.orderId));
  const paid = paidLogs
    .filter((log) => !("carrier" in party) || isAddressEqual(log.args.carrier, party.carrier))
    .filter((log) => !known.has(log.args.orderId))
    .map((log) => ({ orderId: log.args.orderId, shopId: log.args.shopId, carrier: log.args.carrier }));
  const orders = [...knownOrders, ...paid];
  if (orders.length === 0) return { orders, entries: [] };

  const groups = orderIdTopicGroups(orders.map((order) => order.orderId));
  const [orderLogs, checkpointLogs] = await Promise.all([
    Promise.all(
      groups.map((ids) =>
        getLogsInRanges(client, {
          address: [Escrow.address, Reviews.address],
          events: [...orderEvents, ...reviewEvents],
          topics: [ids],
          fromBlock,
          toBlock,
          blockRange,
        }),
      ),
    ),
    Promise.all(
      groups.map((ids) =>
        getLogsInRanges(client, {
          address: DeliveryAttestations.address,
          events: [checkpointRecordedEvent],
          topics: [toTopic(Escrow.address), ids],
          fromBlock,
          toBlock,
          blockRange,
        }),
      ),
    ),
  ]);
  const byId = new Map(orders.map((order) => [order.orderId, order]));
  const entry = (log: LogPosition, orderId: bigint, event: OrderTimelineEvent) => {
    const order = byId.get(orderId)!;
    return { log, event: { ...event, orderId, shopId: order.shopId } };
  };
  const events = [
    ...orderLogs
      .flat()
      .map((log) =>
        entry(log, log.args.orderId, orderEventFromLog(log, byId.get(log.args.orderId)?.carrier !== zeroAddress)),
      ),
    ...checkpointLogs.flat().map((log) => entry(log, log.args.orderId, checkpointEventFromLog(log))),
  ].filter(({ event }) => byId.has(event.orderId));
  return { orders, entries: await positionEvents(client, events) };
}
