import { type Address, isAddressEqual } from "viem";
import { blockTimestamps } from "../chain/blockTimestamps.ts";
import type { MarketReadClient } from "../chain/client.ts";
import { deploymentBlock } from "../chain/deploymentBlocks.ts";
import { getLogsInRanges, type TopicFilter } from "../chain/getLogsInRanges.ts";
import { orderPaidEvent } from "../chain/marketEvents.ts";
import { toTopic } from "../chain/topics.ts";
import type { Deployment } from "../deployment.ts";
import type { OrderDetails } from "./getOrder.ts";
import { getOrderState } from "./getOrderState.ts";
import { paidOrderFromLog } from "./paidOrders.ts";

/** Whose orders to list: a buyer's, a shop's, or those a carrier delivers. */
export type OrderFilter = { buyer: Address } | { shopId: bigint } | { carrier: Address };

export type ListOrdersParameters = OrderFilter & { /** Forwarded to {@link getLogsInRanges}. */ blockRange?: bigint };
export type ListOrdersReturnType = OrderDetails[];

/** `OrderPaid` topics: orderId (1), shopId (2), buyer (3). The carrier is not indexed. */
function topicsFor(filter: OrderFilter): TopicFilter[] {
  if ("buyer" in filter) return [null, null, toTopic(filter.buyer)];
  if ("shopId" in filter) return [null, toTopic(filter.shopId)];
  return [];
}

/**
 * Every order of a buyer, of a shop, or with a given carrier, oldest first, with its terms and current state.
 * Buyer and shop use the event's indexed topics; the carrier is not indexed, so its orders are filtered from all.
 * @example const mine = await listOrders(publicClient, deployment, { buyer: account.address })
 */
export async function listOrders(
  client: MarketReadClient,
  deployment: Deployment,
  parameters: ListOrdersParameters,
): Promise<ListOrdersReturnType> {
  const logs = await getLogsInRanges(client, {
    address: deployment.contracts.Escrow.address,
    events: [orderPaidEvent],
    topics: topicsFor(parameters),
    fromBlock: deploymentBlock(deployment, "Escrow"),
    blockRange: parameters.blockRange,
  });
  const matching =
    "carrier" in parameters ? logs.filter((log) => isAddressEqual(log.args.carrier, parameters.carrier)) : logs;
  const [timestamps, states] = await Promise.all([
    blockTimestamps(client, matching),
    Promise.all(matching.map((log) => getOrderState(client, deployment, { orderId: log.args.orderId }))),
  ]);
  return matching.map((log, index) => ({
    ...paidOrderFromLog(log),
    paidAt: timestamps.get(log.blockNumber)!,
    state: states[index]!,
  }));
}
