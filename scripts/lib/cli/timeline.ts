import type { Deployment, OrderTimelineEvent } from "@grandrue/sdk";
import { type Address, isAddressEqual } from "viem";
import { formatTime } from "./format.ts";
import type { TokenBook } from "./tokens.ts";

/** How a timeline names amounts (in the order's token) and accounts. */
export type TimelineWords = { money(amount: bigint): Promise<string>; who(account: Address): string };

/**
 * One event of an order's timeline in words.
 * @example await describeTimelineEvent({ type: "Accepted", shipDeadline }, words) // "accepted by the shop; ship by 2026-11-23 09:08 UTC"
 */
export async function describeTimelineEvent(event: OrderTimelineEvent, { money, who }: TimelineWords): Promise<string> {
  switch (event.type) {
    case "Paid":
      return `paid by ${event.buyer}; accept by ${formatTime(event.acceptDeadline)}`;
    case "Accepted":
      return `accepted by the shop; ship by ${formatTime(event.shipDeadline)}`;
    case "Declined":
      return `declined by the shop${event.reason === "" ? "" : `: "${event.reason}"`}; the buyer is refunded`;
    case "Cancelled":
      return "cancelled by the buyer, who is refunded";
    case "Expired":
      return `expired while ${event.previousStatus}; the buyer is refunded`;
    case "PickedUp":
      return `picked up by ${who(event.by)}; deliver by ${formatTime(event.deliveryDeadline)}`;
    case "Shipped":
      return `handed over by the shop (${who(event.by)}); deliver by ${formatTime(event.deliveryDeadline)}`;
    case "Checkpoint":
      return `checkpoint ${event.checkpoint} by carrier ${event.carrier}${relayed(event.relayer, event.carrier)}`;
    case "Delivered":
      return `delivered (confirmed by ${who(event.by)}); returns until ${formatTime(event.returnDeadline)}`;
    case "Disputed":
      return `disputed by ${who(event.by)}${event.isArbitrated ? ` before the arbitrator (dispute ${event.disputeId})` : ""}; until ${formatTime(event.disputeDeadline)}, then the facts decide: delivered pays the shop, not delivered refunds the buyer`;
    case "ArbitrationRequested":
      return `${who(event.by)} brought the arbitrator in (dispute ${event.disputeId}); until ${formatTime(event.disputeDeadline)}`;
    case "SettlementProposed":
      return `${who(event.by)} proposed to refund ${await money(event.buyerAmount)} to the buyer`;
    case "Ruled":
      return `arbitrator ${event.arbitrator} ruled ${event.ruling}`;
    case "Resolved":
      return `resolved by ${event.resolution}: ${await money(event.buyerAmount)} to the buyer, ${await money(event.shopAmount)} to the shop`;
    case "Completed":
      return `completed (by ${who(event.by)}): the shop and the carrier are paid`;
    case "PaymentCredited":
      return `${await money(event.amount)} credited to ${event.account}, to withdraw`;
    case "HookFailed":
      return `the shop's order hook ${event.hook} failed when told of ${event.moment}; the money moved anyway`;
    case "Reviewed":
      return `reviewed by the buyer: ${event.rating}/5 (order of ${await money(event.amount)})`;
    case "Replied":
      return "the shop replied to the review";
  }
}

function relayed(relayer: Address, carrier: Address): string {
  return isAddressEqual(relayer, carrier) ? "" : ` (relayed by ${relayer})`;
}

/**
 * Words for the timeline of an order paid in `token`: the attestations contract, which moves the order when a carrier
 * records a pickup or a delivery, is called "the carrier".
 */
export function timelineWords(tokens: TokenBook, token: Address, deployment: Deployment): TimelineWords {
  const attestations = deployment.contracts.DeliveryAttestations.address;
  return {
    money: (amount) => tokens.describe(token, amount),
    who: (account) => (isAddressEqual(account, attestations) ? "the carrier" : account),
  };
}
