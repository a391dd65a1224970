import { type Address, zeroAddress } from "viem";
import type { MarketReadClient } from "../chain/client.ts";
import { deploymentBlock } from "../chain/deploymentBlocks.ts";
import { type GetLogsInRangesReturnType, getLogsInRanges } from "../chain/getLogsInRanges.ts";
import { checkpointRecordedEvent, orderEvents, reviewEvents, rulingEvent } from "../chain/marketEvents.ts";
import { type EventPosition, type LogPosition, positionEvents } from "../chain/positionEvents.ts";
import { toTopic } from "../chain/topics.ts";
import type { Deployment } from "../deployment.ts";
import { cidFromHex } from "../shops/encoding.ts";
import {
  type Checkpoint,
  checkpointName,
  type OrderStatus,
  orderStatusName,
  type Resolution,
  resolutionName,
} from "./types.ts";

/** One thing that happened to an order, by kind. */
export type OrderTimelineEvent =
  | { type: "Paid"; buyer: Address; acceptDeadline: number }
  | { type: "Accepted"; shipDeadline: number }
  | { type: "Declined"; reason: string }
  | { type: "Cancelled" }
  | { type: "Expired"; previousStatus: OrderStatus }
  /** The carrier picked the goods up (orders with a carrier) or the shop handed them over itself (`Shipped`). */
  | { type: "PickedUp" | "Shipped"; by: Address; deliveryDeadline: number }
  | { type: "Checkpoint"; checkpoint: Checkpoint; carrier: Address; recordedAt: number; relayer: Address }
  | { type: "Delivered"; by: Address; returnDeadline: number }
  | { type: "Disputed"; by: Address; arbitrator: Address; disputeId: bigint; disputeDeadline: number }
  | { type: "SettlementProposed"; by: Address; buyerAmount: bigint }
  | { type: "Ruled"; arbitrator: Address; ruling: bigint }
  | { type: "Resolved"; resolution: Resolution; buyerAmount: bigint; shopAmount: bigint }
  | { type: "Completed"; by: Address }
  | { type: "PaymentCredited"; account: Address; token: Address; amount: bigint }
  | { type: "CompletionHookFailed"; hook: Address }
  /** `textCid` is undefined when the bytes on chain are not a CID. */
  | { type: "Reviewed"; buyer: Address; rating: number; textCid: string | undefined }
  | { type: "Replied"; by: Address; textCid: string | undefined };

export type OrderTimelineEntry = OrderTimelineEvent & EventPosition;

export type GetOrderTimelineParameters = {
  orderId: bigint /** Forwarded to {@link getLogsInRanges}. */;
  blockRange?: bigint;
};
export type GetOrderTimelineReturnType = OrderTimelineEntry[];

type OrderLog = GetLogsInRangesReturnType<[...typeof orderEvents, ...typeof reviewEvents]>[number];

function orderEvent(log: OrderLog, hasCarrier: boolean): OrderTimelineEvent {
  switch (log.eventName) {
    case "OrderPaid":
      return { type: "Paid", buyer: log.args.buyer, acceptDeadline: log.args.acceptDeadline };
    case "OrderAccepted":
      return { type: "Accepted", shipDeadline: log.args.shipDeadline };
    case "OrderDeclined":
      return { type: "Declined", reason: log.args.reason };
    case "OrderCancelled":
      return { type: "Cancelled" };
    case "OrderExpired":
      return { type: "Expired", previousStatus: orderStatusName(log.args.previousStatus) };
    case "OrderShipped":
      return {
        type: hasCarrier ? "PickedUp" : "Shipped",
        by: log.args.by,
        deliveryDeadline: log.args.deliveryDeadline,
      };
    case "OrderDelivered":
      return { type: "Delivered", by: log.args.by, returnDeadline: log.args.returnDeadline };
    case "OrderCompleted":
      return { type: "Completed", by: log.args.by };
    case "DisputeOpened":
      return {
        type: "Disputed",
        by: log.args.by,
        arbitrator: log.args.arbitrator,
        disputeId: log.args.disputeId,
        disputeDeadline: log.args.disputeDeadline,
      };
    case "SettlementProposed":
      return { type: "SettlementProposed", by: log.args.by, buyerAmount: log.args.buyerAmount };
    case "DisputeResolved":
      return {
        type: "Resolved",
        resolution: resolutionName(log.args.resolution),
        buyerAmount: log.args.buyerAmount,
        shopAmount: log.args.shopAmount,
      };
    case "PaymentCredited":
      return { type: "PaymentCredited", account: log.args.account, token: log.args.token, amount: log.args.amount };
    case "CompletionHookFailed":
      return { type: "CompletionHookFailed", hook: log.args.hook };
    case "ReviewPosted":
      return {
        type: "Reviewed",
        buyer: log.args.buyer,
        rating: log.args.rating,
        textCid: cidFromHex(log.args.textCid),
      };
    case "ReplyPosted":
      return { type: "Replied", by: log.args.by, textCid: cidFromHex(log.args.textCid) };
  }
}

/**
 * Everything that happened to an order, in chain order with block timestamps: payment, acceptance or decline,
 * pickup or hand-over, every carrier checkpoint recorded for it (direct or relayed), delivery, dispute, settlement
 * offers, ruling, resolution, completion, refunds (cancel, expiry), credited payments, review and reply.
 * Empty for an order that was never paid.
 * @example const timeline = await getOrderTimeline(publicClient, deployment, { orderId })
 */
export async function getOrderTimeline(
  client: MarketReadClient,
  deployment: Deployment,
  { orderId, blockRange }: GetOrderTimelineParameters,
): Promise<GetOrderTimelineReturnType> {
  const { Escrow, Reviews, DeliveryAttestations } = deployment.contracts;
  const [orderLogs, checkpointLogs] = await Promise.all([
    getLogsInRanges(client, {
      address: [Escrow.address, Reviews.address],
      events: [...orderEvents, ...reviewEvents],
      topics: [toTopic(orderId)],
      fromBlock: deploymentBlock(deployment, "Escrow"),
      blockRange,
    }),
    getLogsInRanges(client, {
      address: DeliveryAttestations.address,
      events: [checkpointRecordedEvent],
      topics: [toTopic(Escrow.address), toTopic(orderId)],
      fromBlock: deploymentBlock(deployment, "DeliveryAttestations"),
      blockRange,
    }),
  ]);
  const paid = orderLogs.find((log) => log.eventName === "OrderPaid");
  const hasCarrier = paid?.eventName === "OrderPaid" && paid.args.order.carrier !== zeroAddress;
  const disputes = orderLogs.flatMap((log) =>
    log.eventName === "DisputeOpened" && log.args.arbitrator !== zeroAddress ? [log] : [],
  );
  const rulingLogs = (
    await Promise.all(
      disputes.map(({ args, blockNumber }) =>
        getLogsInRanges(client, {
          address: Escrow.address,
          events: [rulingEvent],
          topics: [toTopic(args.arbitrator), toTopic(args.disputeId)],
          fromBlock: blockNumber,
          blockRange,
        }),
      ),
    )
  ).flat();

  const events: { log: LogPosition; event: OrderTimelineEvent }[] = [
    ...orderLogs.map((log) => ({ log, event: orderEvent(log, hasCarrier) })),
    ...checkpointLogs.map((log) => ({
      log,
      event: {
        type: "Checkpoint" as const,
        checkpoint: checkpointName(log.args.checkpoint),
        carrier: log.args.carrier,
        recordedAt: Number(log.args.recordedAt),
        relayer: log.args.relayer,
      },
    })),
    ...rulingLogs.map((log) => ({
      log,
      event: { type: "Ruled" as const, arbitrator: log.args._arbitrator, ruling: log.args._ruling },
    })),
  ];
  return positionEvents(client, events);
}
