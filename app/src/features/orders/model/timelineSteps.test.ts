import type { OrderTimelineEntry, OrderTimelineEvent } from "@grandrue/sdk";
import type { Address, Hex } from "viem";
import { describe, expect, test } from "vitest";
import { timelineSteps } from "./timelineSteps.ts";

const BUYER: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const SHOP: Address = "0x976EA74026E726554dB657fA54763abd0C3a0aa9";
const CARRIER: Address = "0xdF3e18d64BC6A983f673Ab319CCaE4f1a57C7097";
const TX: Hex = `0x${"12".repeat(32)}`;

let position = 0;
function at(event: OrderTimelineEvent): OrderTimelineEntry {
  position += 1;
  return {
    ...event,
    blockNumber: BigInt(position),
    logIndex: 0,
    transactionHash: TX,
    timestamp: 1_700_000_000 + position * 60,
  };
}

const euros = (amount: bigint) => (Number(amount / 10n ** 16n) / 100).toFixed(2);

describe("timelineSteps", () => {
  test("tell a carrier delivery in plain steps, each checkpoint once even though escrow and attestations both record it", () => {
    const steps = timelineSteps(
      [
        at({ type: "Paid", buyer: BUYER, acceptDeadline: 0 }),
        at({ type: "Accepted", shipDeadline: 0 }),
        at({ type: "Checkpoint", checkpoint: "PickedUp", carrier: CARRIER, recordedAt: 0, relayer: SHOP }),
        at({ type: "PickedUp", by: CARRIER, deliveryDeadline: 0 }),
        at({ type: "Checkpoint", checkpoint: "OutForDelivery", carrier: CARRIER, recordedAt: 0, relayer: CARRIER }),
        at({ type: "Checkpoint", checkpoint: "Delivered", carrier: CARRIER, recordedAt: 0, relayer: CARRIER }),
        at({ type: "Delivered", by: CARRIER, returnDeadline: 0 }),
        at({ type: "PaymentCredited", account: SHOP, token: SHOP, amount: 1n }),
        at({ type: "Reviewed", buyer: BUYER, rating: 5, textCid: undefined, token: SHOP, amount: 1n }),
      ],
      BUYER,
      euros,
    );
    expect(steps.map((step) => step.key)).toEqual([
      "paid",
      "accepted",
      "pickedUp",
      "outForDelivery",
      "delivered",
      "reviewed",
    ]);
    expect(steps.at(-1)?.values).toEqual({ rating: 5 });
  });

  test("quote the shop's reason for declining, and say who proposed a settlement and for how much", () => {
    const steps = timelineSteps(
      [
        at({ type: "Declined", reason: "Plus de côte de bœuf avant mardi" }),
        at({ type: "SettlementProposed", by: SHOP, buyerAmount: 5n * 10n ** 18n }),
        at({ type: "SettlementProposed", by: BUYER, buyerAmount: 7n * 10n ** 18n }),
        at({ type: "Resolved", resolution: "Settlement", buyerAmount: 7n * 10n ** 18n, shopAmount: 5n * 10n ** 18n }),
      ],
      BUYER,
      euros,
    );
    expect(steps.map((step) => [step.key, step.quote, step.amounts])).toEqual([
      ["declined", "Plus de côte de bœuf avant mardi", undefined],
      ["settlementByShop", undefined, { buyer: "5.00" }],
      ["settlementByYou", undefined, { buyer: "7.00" }],
      ["resolvedSettlement", undefined, { buyer: "7.00", shop: "5.00" }],
    ]);
  });
});
