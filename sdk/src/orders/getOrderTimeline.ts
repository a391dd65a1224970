import { type Address, zeroAddress } from "viem";
import type { MarketReadClient } from "../chain/client.ts";
import { deploymentBlock } from "../chain/deploymentBlocks.ts";
import { getLogsInRanges } from "../chain/getLogsInRanges.ts";
import { checkpointRecordedEvent, orderEvents, reviewEvents, rulingEvent } from "../chain/marketEvents.ts";
import { type EventPosition, type LogPosition, positionEvents } from "../chain/positionEvents.ts";
import { toTopic } from "../chain/topics.ts";
import type { Deployment } from "../deployment.ts";
import { checkpointEventFromLog, orderEventFromLog } from "./orderEventFromLog.ts";
import type { Checkpoint, OrderMoment, OrderStatus, Resolution } from "./types.ts";

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
  /** `isArbitrated`: the order's arbitrator holds the dispute `disputeId`; false when the order has none or it did not answer. */
  | { type: "Disputed"; by: Address; isArbitrated: boolean; disputeId: bigint; disputeDeadline: number }
  /** The arbitrator was brought into a dispute that opened without it; the dispute deadline restarted. */
  | { type: "ArbitrationRequested"; by: Address; disputeId: bigint; disputeDeadline: number }
  | { type: "SettlementProposed"; by: Address; buyerAmount: bigint }
  | { type: "Ruled"; arbitrator: Address; ruling: bigint }
  | { type: "Resolved"; resolution: Resolution; buyerAmount: bigint; shopAmount: bigint }
  | { type: "Completed"; by: Address }
  | { type: "PaymentCredited"; account: Address; token: Address; amount: bigint }
  /** The order's hook failed when told of `moment`; the money moved anyway. */
  | { type: "HookFailed"; hook: Address; moment: OrderMoment }
  /** `textCid` is undefined when the bytes on chain are not a CID. */
  /** `token` and `amount` are what the reviewed order paid: the weight behind the review. */
  | { type: "Reviewed"; buyer: Address; rating: number; textCid: string | undefined; token: Address; amount: bigint }
  | { type: "Replied"; by: Address; textCid: string | undefined };

export type OrderTimelineEntry = OrderTimelineEvent & EventPosition;

export type GetOrderTimelineParameters = {
  orderId: bigint /** Forwarded to {@link getLogsInRanges}. */;
  blockRange?: bigint;
};
export type GetOrderTimelineReturnType = OrderTimelineEntry[];

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
  const paidArgs = paid?.eventName === "OrderPaid" ? paid.args : undefined;
  const hasCarrier = paidArgs !== undefined && paidArgs.carrier !== zeroAddress;
  const disputes = orderLogs.flatMap((log) =>
    (log.eventName === "DisputeOpened" && log.args.isArbitrated) || log.eventName === "ArbitrationRequested"
      ? [{ disputeId: log.args.disputeId, blockNumber: log.blockNumber }]
      : [],
  );
  const rulingLogs = (
    await Promise.all(
      disputes.map(({ disputeId, blockNumber }) =>
        getLogsInRanges(client, {
          address: Escrow.address,
          events: [rulingEvent],
          topics: [toTopic(paidArgs?.arbitrator ?? zeroAddress), toTopic(disputeId)],
          fromBlock: blockNumber,
          blockRange,
        }),
      ),
    )
  ).flat();

  const events: { log: LogPosition; event: OrderTimelineEvent }[] = [
    ...orderLogs.map((log) => ({ log, event: orderEventFromLog(log, hasCarrier) })),
    ...checkpointLogs.map((log) => ({ log, event: checkpointEventFromLog(log) })),
    ...rulingLogs.map((log) => ({
      log,
      event: { type: "Ruled" as const, arbitrator: log.args._arbitrator, ruling: log.args._ruling },
    })),
  ];
  return positionEvents(client, events);
}
