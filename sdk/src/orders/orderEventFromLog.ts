import type { GetLogsInRangesReturnType } from "../chain/getLogsInRanges.ts";
import type { checkpointRecordedEvent, orderEvents, reviewEvents } from "../chain/marketEvents.ts";
import { cidFromHex } from "../shops/encoding.ts";
import type { OrderTimelineEvent } from "./getOrderTimeline.ts";
import { checkpointName, orderMomentName, orderStatusName, resolutionName } from "./types.ts";

/** A decoded escrow or reviews log about one order. */
export type OrderLog = GetLogsInRangesReturnType<[...typeof orderEvents, ...typeof reviewEvents]>[number];

/**
 * The timeline event an escrow or reviews log records. `hasCarrier` tells a carrier's pickup from the shop's own
 * hand-over (both are `OrderShipped`).
 */
export function orderEventFromLog(log: OrderLog, hasCarrier: boolean): OrderTimelineEvent {
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
        isArbitrated: log.args.isArbitrated,
        disputeId: log.args.disputeId,
        disputeDeadline: log.args.disputeDeadline,
      };
    case "ArbitrationRequested":
      return {
        type: "ArbitrationRequested",
        by: log.args.by,
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
    case "HookFailed":
      return { type: "HookFailed", hook: log.args.hook, moment: orderMomentName(log.args.moment) };
    case "ReviewPosted":
      return {
        type: "Reviewed",
        buyer: log.args.buyer,
        rating: log.args.rating,
        textCid: cidFromHex(log.args.textCid),
        token: log.args.token,
        amount: log.args.amount,
      };
    case "ReplyPosted":
      return { type: "Replied", by: log.args.by, textCid: cidFromHex(log.args.textCid) };
  }
}

/** A decoded `CheckpointRecorded` log. */
export type CheckpointLog = GetLogsInRangesReturnType<[typeof checkpointRecordedEvent]>[number];

/** The timeline event a carrier's `CheckpointRecorded` log records. */
export function checkpointEventFromLog(log: CheckpointLog): OrderTimelineEvent {
  return {
    type: "Checkpoint",
    checkpoint: checkpointName(log.args.checkpoint),
    carrier: log.args.carrier,
    recordedAt: Number(log.args.recordedAt),
    relayer: log.args.relayer,
  };
}
