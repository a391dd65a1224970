import { blockTimestamps } from "../chain/blockTimestamps.ts";
import type { MarketReadClient } from "../chain/client.ts";
import { deploymentBlock } from "../chain/deploymentBlocks.ts";
import { getLogsInRanges } from "../chain/getLogsInRanges.ts";
import { orderPaidEvent } from "../chain/marketEvents.ts";
import { toTopic } from "../chain/topics.ts";
import type { Deployment } from "../deployment.ts";
import { getOrderState, type OrderState } from "./getOrderState.ts";
import { type PaidOrder, paidOrderFromLog } from "./paidOrders.ts";

/** No `OrderPaid` event has this order id: the order was never paid in this escrow. */
export class OrderNotFoundError extends Error {
  readonly orderId: bigint;

  constructor(orderId: bigint) {
    super(`No order ${orderId} was paid in this escrow`);
    this.name = "OrderNotFoundError";
    this.orderId = orderId;
  }
}

/** An order's terms and digests (from its `OrderPaid` event), when it was paid, and its current state. */
export type OrderDetails = PaidOrder & { paidAt: number; state: OrderState };

export type GetOrderParameters = { orderId: bigint /** Forwarded to {@link getLogsInRanges}. */; blockRange?: bigint };
export type GetOrderReturnType = OrderDetails;

/**
 * Rebuilds an order: its terms and digests from its `OrderPaid` event (found by the indexed order id), and its
 * current status, deadline and flags from the escrow. The terms are what every order action takes back.
 * @throws OrderNotFoundError when the order was never paid.
 * @example const { terms, state } = await getOrder(publicClient, deployment, { orderId })
 */
export async function getOrder(
  client: MarketReadClient,
  deployment: Deployment,
  { orderId, blockRange }: GetOrderParameters,
): Promise<GetOrderReturnType> {
  const [logs, state] = await Promise.all([
    getLogsInRanges(client, {
      address: deployment.contracts.Escrow.address,
      events: [orderPaidEvent],
      topics: [toTopic(orderId)],
      fromBlock: deploymentBlock(deployment, "Escrow"),
      blockRange,
    }),
    getOrderState(client, deployment, { orderId }),
  ]);
  const [log] = logs;
  if (log === undefined) throw new OrderNotFoundError(orderId);
  const timestamps = await blockTimestamps(client, [log]);
  return { ...paidOrderFromLog(log), paidAt: timestamps.get(log.blockNumber)!, state };
}
