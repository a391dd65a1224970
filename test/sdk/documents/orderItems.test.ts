import { parseOrderItems } from "@grandrue/sdk";
import { zeroAddress } from "viem";
import { describe, expect, test } from "vitest";
import { expectIssue, TOKEN_ADDRESS, validOrderItems } from "./fixtures.ts";

describe("parseOrderItems", () => {
  test("accepts an order whose totals and token amounts agree", () => {
    expect(parseOrderItems(validOrderItems())).toEqual(validOrderItems());
  });

  test("accepts a pickup order paid in ETH, rounding the amount up to the next wei", () => {
    // 3.50 EUR at 333_333_333_333_333 wei per EUR = 1_166_666_666_666_665.5 wei → 1_166_666_666_666_666
    const order = {
      ...validOrderItems(),
      fulfilment: "pickup",
      carrier: undefined,
      deliveryFee: "0",
      payment: { token: zeroAddress, rate: "333333333333333", amount: "1166666666666666", deliveryFee: "0" },
    };
    expect(parseOrderItems(order).payment.amount).toBe("1166666666666666");
    expectIssue(
      () => parseOrderItems({ ...order, payment: { ...order.payment, amount: "1166666666666665" } }),
      "payment.amount",
      "must be 1166666666666666",
    );
  });

  test("rejects a subtotal that differs from the sum of the lines", () => {
    expectIssue(
      () => parseOrderItems({ ...validOrderItems(), subtotal: "3.60" }),
      "subtotal",
      "is 3.60 but the lines add up to 3.50",
    );
    expect(parseOrderItems({ ...validOrderItems(), subtotal: "3.5" }).subtotal).toBe("3.5");
  });

  test("rejects token amounts that do not match the prices at the rate", () => {
    expectIssue(
      () => parseOrderItems({ ...validOrderItems(), payment: { ...validOrderItems().payment, amount: "3500001" } }),
      "payment.amount",
      "must be 3500000",
    );
    expectIssue(
      () => parseOrderItems({ ...validOrderItems(), payment: { ...validOrderItems().payment, deliveryFee: "0" } }),
      "payment.deliveryFee",
      "must be 4500000",
    );
    expectIssue(
      () => parseOrderItems({ ...validOrderItems(), payment: { ...validOrderItems().payment, rate: "0" } }),
      "payment.rate",
      "must be positive",
    );
  });

  test("rejects token amounts that do not fit the escrow uint128", () => {
    const tooBig = String(1n << 128n);
    expectIssue(
      () => parseOrderItems({ ...validOrderItems(), payment: { ...validOrderItems().payment, amount: tooBig } }),
      "payment.amount",
      "uint128",
    );
  });

  test("requires a carrier exactly for carrier fulfilment, and a zero fee for pickup", () => {
    expectIssue(
      () => parseOrderItems({ ...validOrderItems(), carrier: undefined }),
      "carrier",
      'required when fulfilment is "carrier"',
    );
    expectIssue(
      () => parseOrderItems({ ...validOrderItems(), fulfilment: "own-delivery" }),
      "carrier",
      "must be absent",
    );
    expectIssue(
      () => parseOrderItems({ ...validOrderItems(), fulfilment: "pickup", carrier: undefined }),
      "deliveryFee",
      "must be 0 for pickup",
    );
    expectIssue(() => parseOrderItems({ ...validOrderItems(), carrier: zeroAddress }), "carrier", "zero address");
    expectIssue(
      () => parseOrderItems({ ...validOrderItems(), fulfilment: "drone" }),
      "fulfilment",
      '"pickup", "carrier" or "own-delivery"',
    );
    expect(parseOrderItems({ ...validOrderItems(), fulfilment: "own-delivery", carrier: undefined }).fulfilment).toBe(
      "own-delivery",
    );
  });

  test("rejects addresses with a bad checksum or length", () => {
    expectIssue(
      () => parseOrderItems({ ...validOrderItems(), carrier: "0x70997970c51812DC3A010C7d01b50e0d17dc79C8" }),
      "carrier",
      "EIP-55",
    );
    expectIssue(
      () =>
        parseOrderItems({
          ...validOrderItems(),
          payment: { ...validOrderItems().payment, token: TOKEN_ADDRESS.slice(0, -2) },
        }),
      "payment.token",
      "20-byte address",
    );
  });

  test("rejects quantities outside 1 to 999 and fractional quantities", () => {
    const withQuantity = (quantity: unknown) => () =>
      parseOrderItems({ ...validOrderItems(), lines: [{ ...validOrderItems().lines[0], quantity }] });
    expectIssue(withQuantity(0), "lines.0.quantity", "from 1 to 999");
    expectIssue(withQuantity(1000), "lines.0.quantity", "from 1 to 999");
    expectIssue(withQuantity(1.5), "lines.0.quantity", "whole number");
    expectIssue(withQuantity("2"), "lines.0.quantity", "must be a number");
  });

  test("rejects an order with no lines or more than 100 lines", () => {
    expectIssue(() => parseOrderItems({ ...validOrderItems(), lines: [] }), "lines", "at least one line");
    const lines = Array.from({ length: 101 }, (_, index) => ({
      itemId: `item-${index}`,
      title: "Item",
      quantity: 1,
      unitPrice: "1",
    }));
    expectIssue(() => parseOrderItems({ ...validOrderItems(), lines }), "lines", "at most 100 lines");
  });

  test("rejects shop ids that are not canonical uint256 decimals", () => {
    for (const shopId of ["-1", "01", "1e3", "0x07", " 7", String(1n << 256n)]) {
      expectIssue(() => parseOrderItems({ ...validOrderItems(), shopId }), "shopId");
    }
    expectIssue(() => parseOrderItems({ ...validOrderItems(), shopId: 7 }), "shopId", "decimal string");
  });

  test("rejects a line price too precise for the unit", () => {
    const lines = [{ itemId: "baguette", title: "Baguette", quantity: 1, unitPrice: "3.505" }];
    expectIssue(() => parseOrderItems({ ...validOrderItems(), lines }), "lines.0.unitPrice", "has 3 decimals");
  });

  test("rejects a bad catalog CID", () => {
    expectIssue(() => parseOrderItems({ ...validOrderItems(), catalogCid: "bafy" }), "catalogCid", "not a valid CID");
  });
});
