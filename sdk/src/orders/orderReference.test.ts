import { describe, expect, test } from "vitest";
import { orderIdHex, orderReference, ordersMatchingReference, parseOrderReference } from "./orderReference.ts";

const ORDER = 0xa15e3c91d4b7e2f0a6c8195d3e7b4f2a0c6d8e1f3a5b7c9d2e4f6a8b0c1d3e5fn;
const NEIGHBOUR = BigInt(`0xa15e${"0".repeat(59)}1`);

describe("order references", () => {
  test("are the start of the id in hex, 8 digits, and the full id is its 64 digits", () => {
    expect(orderReference(ORDER)).toBe("0xa15e3c91");
    expect(orderReference(42n)).toBe("0x00000000");
    expect(orderIdHex(ORDER)).toHaveLength(66);
  });

  test("are read back as shown, copied with an ellipsis, shorter, in capitals, or as the whole id", () => {
    expect(parseOrderReference("0xa15e3c91")).toEqual({ prefix: "0xa15e3c91" });
    expect(parseOrderReference(" 0xA15E… ")).toEqual({ prefix: "0xa15e" });
    expect(parseOrderReference("0xa15e...")).toEqual({ prefix: "0xa15e" });
    expect(parseOrderReference(orderIdHex(ORDER))).toEqual({ orderId: ORDER });
    expect(parseOrderReference(ORDER.toString())).toEqual({ orderId: ORDER });
  });

  test("refuse what names no order: too short, not hex, too large", () => {
    for (const text of ["0xa15", "a15e3c91", "0xzz15e3", "", `1${"0".repeat(78)}`, `0x${"f".repeat(65)}`])
      expect(parseOrderReference(text), text).toBeUndefined();
  });

  test("name every order whose id starts with them, so that a clash can be reported", () => {
    expect(ordersMatchingReference("0xa15e3c91", [ORDER, NEIGHBOUR])).toEqual([ORDER]);
    expect(ordersMatchingReference("0xa15e", [ORDER, NEIGHBOUR])).toEqual([ORDER, NEIGHBOUR]);
    expect(ordersMatchingReference(orderIdHex(NEIGHBOUR), [ORDER, NEIGHBOUR])).toEqual([NEIGHBOUR]);
    expect(ordersMatchingReference("0xbeef", [ORDER])).toEqual([]);
  });
});
