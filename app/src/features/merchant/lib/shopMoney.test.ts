import type { OrderDetails, OrderStatus } from "@grandrue/sdk";
import { type Address, zeroAddress } from "viem";
import { describe, expect, test } from "vitest";
import { amountsInPriceUnit, summarizeShopMoney } from "./shopMoney.ts";

const LEMAN = "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707" as Address;
const COURIER = "0x1CBd3b2770909D4e10f157cABC84C7264073C9Ec" as Address;
const EURO = 10n ** 18n;
const NOW = 1_800_000_000;

function order(
  orderId: bigint,
  status: OrderStatus,
  deadline: number,
  patch: Partial<OrderDetails["terms"]> = {},
): OrderDetails {
  return {
    orderId,
    terms: {
      buyer: zeroAddress,
      shopId: 1n,
      payout: zeroAddress,
      token: LEMAN,
      amount: 10n * EURO,
      deliveryFee: 2n * EURO,
      carrier: COURIER,
      arbitrator: zeroAddress,
      hook: zeroAddress,
      shipHours: 48,
      deliveryHours: 48,
      returnHours: 168,
      codeHash: "0x00",
      detailsHash: "0x00",
      ...patch,
    } as OrderDetails["terms"],
    itemsDigest: "0x00",
    shippingDigest: "0x00",
    acceptDeadline: 0,
    blockNumber: 1n,
    transactionHash: "0x00",
    paidAt: NOW - 10_000,
    state: {
      status,
      deadline,
      isFeePaid: false,
      disputeId: 0n,
      isReviewed: false,
      paidAt: 0,
      shippedAt: 0,
      deliveredAt: 0,
      closedAt: 0,
      isShopAccepted: false,
      isShopPaid: false,
      isArbitrated: false,
      isDeliveredWithCode: false,
    },
  };
}

describe("summarizeShopMoney", () => {
  test("completed orders are paid out; paid, accepted, shipped, delivered and disputed ones are held", () => {
    const orders = [
      order(1n, "Completed", 0),
      order(2n, "Paid", NOW + 3600),
      order(3n, "Delivered", NOW + 7200),
      order(4n, "Cancelled", 0),
      order(5n, "Disputed", NOW + 99_999),
    ];
    const money = summarizeShopMoney(orders, NOW, new Map());
    expect(money.paidOut.get(LEMAN.toLowerCase() as Address)).toBe(10n * EURO);
    expect(money.held.get(LEMAN.toLowerCase() as Address)).toBe(30n * EURO);
    expect(money.heldOrders).toBe(3);
    expect(money.nextRelease).toBe(NOW + 7200);
    expect(money.collectable).toEqual([]);
  });

  test("a delivered order whose return window passed is ready to collect", () => {
    const money = summarizeShopMoney([order(1n, "Delivered", NOW - 1)], NOW, new Map());
    expect(money.collectable.map((entry) => entry.orderId)).toEqual([1n]);
    expect(money.collectableAmounts.get(LEMAN.toLowerCase() as Address)).toBe(10n * EURO);
  });

  test("the shop's own delivery fee is its money; a carrier's is not", () => {
    const money = summarizeShopMoney([order(1n, "Completed", 0, { carrier: zeroAddress })], NOW, new Map());
    expect(money.paidOut.get(LEMAN.toLowerCase() as Address)).toBe(12n * EURO);
  });

  test("a settled dispute counts what the settlement gave the shop", () => {
    const money = summarizeShopMoney([order(7n, "Resolved", 0)], NOW, new Map([[7n, 4n * EURO]]));
    expect(money.paidOut.get(LEMAN.toLowerCase() as Address)).toBe(4n * EURO);
  });

  test("amounts are shown in the shop's unit at its rates, unknown tokens apart", () => {
    const amounts = new Map<Address, bigint>([
      [LEMAN.toLowerCase() as Address, 1_950n * 10n ** 16n],
      [zeroAddress, 5n],
    ]);
    const { price, unconverted } = amountsInPriceUnit(amounts, [{ token: LEMAN, rate: EURO }], "EUR");
    expect(price).toBe("19.50");
    expect(unconverted).toEqual([{ token: zeroAddress, amount: 5n }]);
  });
});
