import type { Address } from "viem";
import { blockTimestamps } from "../chain/blockTimestamps.ts";
import type { MarketReadClient } from "../chain/client.ts";
import { deploymentBlock } from "../chain/deploymentBlocks.ts";
import { getLogsInRanges, type TopicFilter } from "../chain/getLogsInRanges.ts";
import { orderAcceptedEvent, orderPaidEvent } from "../chain/marketEvents.ts";
import { orderIdTopicGroups, toTopic } from "../chain/topics.ts";
import type { Deployment } from "../deployment.ts";
import type { OrderDetails } from "./getOrder.ts";
import { getOrderState } from "./getOrderState.ts";
import { paidOrderFromLog } from "./paidOrders.ts";

/** Whose orders to list: a buyer's, a shop's, or those a carrier delivers (accepted with it as their carrier). */
export type OrderFilter = { buyer: Address } | { shopId: bigint } | { carrier: Address };

export type ListOrdersParameters = OrderFilter & { /** Forwarded to {@link getLogsInRanges}. */ blockRange?: bigint };
export type ListOrdersReturnType = OrderDetails[];

/** `OrderPaid` topics: orderId (1), shopId (2), buyer (3). */
function topicsFor(filter: { buyer: Address } | { shopId: bigint }): TopicFilter[] {
  return "buyer" in filter ? [null, null, toTopic(filter.buyer)] : [null, toTopic(filter.shopId)];
}

/** The `OrderPaid` topic lists for a carrier's orders: the ids of the orders accepted with it, by its indexed topic. */
async function carrierOrderTopics(
  client: MarketReadClient,
  deployment: Deployment,
  parameters: { carrier: Address; blockRange?: bigint },
): Promise<TopicFilter[][]> {
  const accepted = await getLogsInRanges(client, {
    address: deployment.contracts.Escrow.address,
    events: [orderAcceptedEvent],
    topics: [null, toTopic(parameters.carrier)],
    fromBlock: deploymentBlock(deployment, "Escrow"),
    blockRange: parameters.blockRange,
  });
  return orderIdTopicGroups(accepted.map((log) => log.args.orderId)).map((ids) => [ids]);
}

/**
 * Every order of a buyer, of a shop, or accepted with a given carrier, oldest first, with its terms and current state.
 * Each filter reads indexed topics only: buyer and shop on `OrderPaid`; a carrier on `OrderAccepted` (the shop
 * names the carrier's orders when it accepts them), then those orders' `OrderPaid`. A paid order still waiting for
 * the shop is not yet a carrier's.
 * @example const mine = await listOrders(publicClient, deployment, { buyer: account.address })
 */
export async function listOrders(
  client: MarketReadClient,
  deployment: Deployment,
  parameters: ListOrdersParameters,
): Promise<ListOrdersReturnType> {
  const topicQueries =
    "carrier" in parameters ? await carrierOrderTopics(client, deployment, parameters) : [topicsFor(parameters)];
  const pages = await Promise.all(
    topicQueries.map((topics) =>
      getLogsInRanges(client, {
        address: deployment.contracts.Escrow.address,
        events: [orderPaidEvent],
        topics,
        fromBlock: deploymentBlock(deployment, "Escrow"),
        blockRange: parameters.blockRange,
      }),
    ),
  );
  const matching = pages.flat().sort((a, b) => Number(a.blockNumber - b.blockNumber) || a.logIndex - b.logIndex);
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
