import { ORDER_STATUSES, type OrderStatus, type OrderTerms } from "@grandrue/sdk";
import { type Address, zeroAddress } from "viem";
import { describe, expect, test } from "vitest";
import { checkpointChoices } from "./checkpointChoices.ts";

const COURIER = "0x1CBd3b2770909D4e10f157cABC84C7264073C9Ec" as Address;
const SOMEONE = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" as Address;
const NOW = 1_800_000_000;
const terms = { buyer: SOMEONE, carrier: COURIER, returnHours: 168 } as OrderTerms;

function choices(
  status: OrderStatus,
  deadline = NOW + 3600,
  account: Address | "nobody" = COURIER,
  orderTerms = terms,
) {
  return checkpointChoices(
    {
      status,
      deadline,
      isFeePaid: false,
      isShopAccepted: false,
      isShopPaid: false,
      deliveredAt: 0,
      isArbitrated: false,
    },
    orderTerms,
    account === "nobody" ? undefined : account,
    NOW,
  );
}

describe("checkpointChoices", () => {
  test("an accepted order offers the courier only “picked up”, while its pickup deadline is open", () => {
    expect(choices("Accepted")).toEqual({ checkpoints: ["PickedUp"], canDeliver: false });
    expect(choices("Accepted", NOW - 1)).toEqual({ checkpoints: [], canDeliver: false });
  });

  test("a picked-up order offers the road checkpoints and the customer's code", () => {
    expect(choices("Shipped")).toEqual({
      checkpoints: ["InTransit", "OutForDelivery", "FailedAttempt", "Returned"],
      canDeliver: true,
    });
  });

  test("every other status offers nothing", () => {
    const others = ORDER_STATUSES.filter((status) => status !== "Accepted" && status !== "Shipped");
    for (const status of others) expect(choices(status), status).toEqual({ checkpoints: [], canDeliver: false });
  });

  test("someone who is not the order's carrier, or nobody connected, gets nothing", () => {
    expect(choices("Shipped", NOW + 3600, SOMEONE)).toEqual({ checkpoints: [], canDeliver: false });
    expect(choices("Shipped", NOW + 3600, "nobody")).toEqual({ checkpoints: [], canDeliver: false });
    expect(choices("Accepted", NOW + 3600, zeroAddress, { ...terms, carrier: zeroAddress })).toEqual({
      checkpoints: [],
      canDeliver: false,
    });
  });
});
