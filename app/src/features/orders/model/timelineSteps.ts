import type { OrderTimelineEntry } from "@grandrue/sdk";
import { type Address, isAddressEqual } from "viem";

/** One line of an order's history as the buyer reads it: `orders:timeline.<key>` with its values, and when. */
export type TimelineStep = {
  id: string;
  key: string;
  timestamp: number;
  /** A rating (reviewed). */
  values?: Record<string, string | number>;
  /** The shop's own words (why it declined), shown as a quotation. */
  quote?: string;
  /** Amounts in the order's price unit, when the order's rate is known. */
  amounts?: { buyer?: string; shop?: string };
};

const CHECKPOINT_KEYS: Readonly<Record<string, string>> = {
  PickedUp: "pickedUp",
  InTransit: "inTransit",
  OutForDelivery: "outForDelivery",
  Delivered: "delivered",
  FailedAttempt: "failedAttempt",
  Returned: "returned",
};

function stepOf(
  entry: OrderTimelineEntry,
  buyer: Address,
  toPrice: (amount: bigint) => string | undefined,
): Omit<TimelineStep, "id" | "timestamp"> | undefined {
  switch (entry.type) {
    case "Paid":
      return { key: "paid" };
    case "Accepted":
      return { key: "accepted" };
    case "Declined":
      return { key: "declined", quote: entry.reason };
    case "Cancelled":
      return { key: "cancelled" };
    case "Expired":
      return { key: "expired" };
    case "PickedUp":
      return { key: "pickedUp" };
    case "Shipped":
      return { key: "shipped" };
    case "Checkpoint": {
      const key = CHECKPOINT_KEYS[entry.checkpoint];
      return key === undefined ? undefined : { key };
    }
    case "Delivered":
      return { key: "delivered" };
    case "Disputed":
      return { key: isAddressEqual(entry.by, buyer) ? "disputedByYou" : "disputedByShop" };
    case "ArbitrationRequested":
      return { key: "arbitrationRequested" };
    case "SettlementProposed":
      return {
        key: isAddressEqual(entry.by, buyer) ? "settlementByYou" : "settlementByShop",
        amounts: { buyer: toPrice(entry.buyerAmount) },
      };
    case "Ruled":
      return { key: "ruled" };
    case "Resolved":
      return {
        key: `resolved${entry.resolution}`,
        amounts: { buyer: toPrice(entry.buyerAmount), shop: toPrice(entry.shopAmount) },
      };
    case "Completed":
      return { key: "completed" };
    case "Reviewed":
      return { key: "reviewed", values: { rating: entry.rating } };
    case "Replied":
      return { key: "replied" };
    case "PaymentCredited":
    case "HookFailed":
      return undefined;
  }
}

/**
 * An order's history in plain steps, oldest first: money bookkeeping is left out, and a carrier's pickup or delivery
 * checkpoint is shown once even though both the escrow and the attestations record it.
 * @example timelineSteps(timeline, order.terms.buyer, (amount) => tokenAmountToPrice(amount, rate, 2))
 */
export function timelineSteps(
  entries: readonly OrderTimelineEntry[],
  buyer: Address,
  toPrice: (amount: bigint) => string | undefined,
): TimelineStep[] {
  const escrowTypes = new Set(entries.map((entry) => entry.type));
  return entries.flatMap((entry) => {
    if (entry.type === "Checkpoint" && entry.checkpoint === "PickedUp" && escrowTypes.has("PickedUp")) return [];
    if (entry.type === "Checkpoint" && entry.checkpoint === "Delivered" && escrowTypes.has("Delivered")) return [];
    const step = stepOf(entry, buyer, toPrice);
    if (step === undefined) return [];
    return [{ ...step, id: `${entry.transactionHash}/${entry.logIndex}/${entry.type}`, timestamp: entry.timestamp }];
  });
}
