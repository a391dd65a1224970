import type { OrderActivityEntry, OrderTimelineEvent } from "@grandrue/sdk";
import { type Address, isAddressEqual } from "viem";

/** Whose inbox an entry belongs to: the shopper's purchases, one of the account's shops, or its deliveries. */
export type InboxRole = "buyer" | "shop" | "carrier";

/** One party an account is, whose orders the inbox follows: `buyer:0x…`, `shop:12`, `carrier:0x…`. */
export type InboxParty = { role: InboxRole; key: string } & (
  | { role: "buyer"; buyer: Address }
  | { role: "shop"; shopId: bigint }
  | { role: "carrier"; carrier: Address }
);

/** What the inbox keeps of an event, as plain JSON for IndexedDB. */
export type InboxEntry = {
  /** Unique and in chain order: block, log index, party. */
  id: string;
  party: string;
  role: InboxRole;
  type: OrderTimelineEvent["type"];
  orderId: string;
  shopId: string;
  blockNumber: string;
  /** Block time, unix seconds. */
  timestamp: number;
  /** The checkpoint name, the decline reason or the rating, when the event has one. */
  detail?: string;
};

/** The events each party hears about: what others did to its orders, never its own steps. */
const NEWS: Record<InboxRole, readonly OrderTimelineEvent["type"][]> = {
  buyer: [
    "Accepted",
    "Declined",
    "Expired",
    "PickedUp",
    "Shipped",
    "Checkpoint",
    "Delivered",
    "Disputed",
    "SettlementProposed",
    "Resolved",
    "Completed",
    "Replied",
  ],
  shop: [
    "Paid",
    "Cancelled",
    "Expired",
    "PickedUp",
    "Delivered",
    "Disputed",
    "SettlementProposed",
    "Resolved",
    "Completed",
    "Reviewed",
    "HookFailed",
  ],
  carrier: ["Accepted", "Cancelled", "Declined", "Expired", "Delivered", "Disputed", "Resolved", "Completed"],
};

function actor(event: OrderTimelineEvent): Address | undefined {
  return "by" in event ? event.by : undefined;
}

function detail(event: OrderTimelineEvent): string | undefined {
  if (event.type === "Checkpoint") return event.checkpoint;
  if (event.type === "Declined") return event.reason === "" ? undefined : event.reason;
  if (event.type === "Reviewed") return String(event.rating);
  return undefined;
}

/**
 * The activity that is news for a party, as inbox entries: an event of a kind it hears about, not done by the viewer
 * (a buyer who releases the payment does not hear that the order completed).
 */
export function inboxEntries(
  party: InboxParty,
  viewer: Address,
  activity: readonly OrderActivityEntry[],
): InboxEntry[] {
  return activity.flatMap((event) => {
    if (!NEWS[party.role].includes(event.type)) return [];
    // A pickup or delivery checkpoint comes with the escrow's own event for it: one piece of news, not two.
    if (event.type === "Checkpoint" && (event.checkpoint === "PickedUp" || event.checkpoint === "Delivered")) return [];
    const by = actor(event);
    if (by !== undefined && isAddressEqual(by, viewer)) return [];
    const text = detail(event);
    return [
      {
        id: `${event.blockNumber.toString().padStart(20, "0")}-${String(event.logIndex).padStart(6, "0")}-${party.key}`,
        party: party.key,
        role: party.role,
        type: event.type,
        orderId: event.orderId.toString(),
        shopId: event.shopId.toString(),
        blockNumber: event.blockNumber.toString(),
        timestamp: event.timestamp,
        ...(text !== undefined && { detail: text }),
      },
    ];
  });
}
