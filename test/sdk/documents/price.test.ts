import {
  computeOrderTotals,
  currencyMinorUnits,
  InvalidPriceError,
  minorUnitsToPrice,
  priceToMinorUnits,
  priceToTokenAmount,
  tokenAmountToPrice,
} from "@grandrue/sdk";
import { describe, expect, test } from "vitest";

describe("priceToTokenAmount", () => {
  test("converts exactly when the rate divides evenly", () => {
    expect(priceToTokenAmount("3.20", 1_000_000n)).toBe(3_200_000n);
    expect(priceToTokenAmount("0.01", 10n ** 18n)).toBe(10n ** 16n);
    expect(priceToTokenAmount("0", 10n ** 18n)).toBe(0n);
    expect(priceToTokenAmount("12", 100n)).toBe(1200n);
  });

  test("rounds up to the next base unit, never down", () => {
    // 3.20 EUR at 1/3000 ETH per EUR: 320 × 333_333_333_333_333 / 100 = 1_066_666_666_666_665.6
    expect(priceToTokenAmount("3.20", 333_333_333_333_333n)).toBe(1_066_666_666_666_666n);
    // 0.01 at 1 base unit per whole unit is a hundredth of a base unit: the shop still gets one
    expect(priceToTokenAmount("0.01", 1n)).toBe(1n);
    expect(priceToTokenAmount("1.00", 1n)).toBe(1n);
  });

  test("stays exact beyond the precision of floating point", () => {
    expect(priceToTokenAmount("999999999999999.99", 10n ** 18n)).toBe(999_999_999_999_999_990_000_000_000_000_000n);
    expect(priceToTokenAmount("0.07", 10n ** 18n)).toBe(70_000_000_000_000_000n); // 0.07 * 1e18 in floats is 70000000000000010
  });

  test("uses the unit decimals given: none for JPY, three for KWD", () => {
    expect(priceToTokenAmount("320", 10n ** 6n, 0)).toBe(320_000_000n);
    expect(priceToTokenAmount("1.255", 1000n, 3)).toBe(1255n);
    expect(() => priceToTokenAmount("320.5", 10n ** 6n, 0)).toThrow(InvalidPriceError);
  });

  test("rejects malformed prices, too many decimals and non-positive rates", () => {
    for (const price of ["-1", "1e2", "3.201", "", "abc", "1.2.3"]) {
      expect(() => priceToTokenAmount(price, 1n)).toThrow(InvalidPriceError);
    }
    expect(() => priceToTokenAmount("3.201", 1n)).toThrow("has 3 decimals; the price unit allows 2");
    expect(() => priceToTokenAmount("1", 0n)).toThrow("rate must be a positive");
    expect(() => priceToTokenAmount("1", -5n)).toThrow(InvalidPriceError);
    expect(() => priceToTokenAmount("1", 1n, 2.5)).toThrow("unitDecimals");
  });
});

describe("tokenAmountToPrice", () => {
  test("gives a token amount back in the price unit, rounded down to the minor unit", () => {
    expect(tokenAmountToPrice(3_200_000n, 1_000_000n)).toBe("3.20");
    expect(tokenAmountToPrice(5n * 10n ** 18n, 10n ** 18n)).toBe("5.00");
    expect(tokenAmountToPrice(3_209_999n, 1_000_000n)).toBe("3.20");
    expect(tokenAmountToPrice(320_000_000n, 10n ** 6n, 0)).toBe("320");
  });

  test("returns the price of an amount priceToTokenAmount made, though it rounded up", () => {
    for (const [price, rate] of [
      ["3.20", 333_333_333_333_333n],
      ["0.01", 10n ** 18n],
      ["12.99", 1_000_000n],
    ] as const) {
      expect(tokenAmountToPrice(priceToTokenAmount(price, rate), rate)).toBe(price);
    }
  });

  test("rejects a rate that is not positive and a negative amount", () => {
    expect(() => tokenAmountToPrice(1n, 0n)).toThrow("rate must be a positive");
    expect(() => tokenAmountToPrice(-1n, 1n)).toThrow(InvalidPriceError);
  });
});

describe("priceToMinorUnits and minorUnitsToPrice", () => {
  test("convert between price strings and minor units", () => {
    expect(priceToMinorUnits("3.2")).toBe(320n);
    expect(priceToMinorUnits("3")).toBe(300n);
    expect(minorUnitsToPrice(5n)).toBe("0.05");
    expect(minorUnitsToPrice(320n)).toBe("3.20");
    expect(minorUnitsToPrice(320n, 0)).toBe("320");
    expect(minorUnitsToPrice(1255n, 3)).toBe("1.255");
    expect(() => minorUnitsToPrice(-1n)).toThrow(InvalidPriceError);
  });
});

describe("currencyMinorUnits", () => {
  test("gives the ISO 4217 minor units", () => {
    expect([
      currencyMinorUnits("EUR"),
      currencyMinorUnits("CHF"),
      currencyMinorUnits("JPY"),
      currencyMinorUnits("KWD"),
    ]).toEqual([2, 2, 0, 3]);
  });
});

describe("computeOrderTotals", () => {
  test("adds lines exactly where floating point would not", () => {
    // 3 × 0.10 is 0.30000000000000004 in floating point
    expect(computeOrderTotals([{ quantity: 3, unitPrice: "0.10" }], "0")).toEqual({
      subtotal: "0.30",
      deliveryFee: "0.00",
      total: "0.30",
    });
  });

  test("returns the subtotal, the delivery fee and their sum", () => {
    const lines = [
      { quantity: 2, unitPrice: "1.60" },
      { quantity: 1, unitPrice: "4" },
    ];
    expect(computeOrderTotals(lines, "2.5")).toEqual({ subtotal: "7.20", deliveryFee: "2.50", total: "9.70" });
    expect(computeOrderTotals([{ quantity: 3, unitPrice: "120" }], "0", 0)).toEqual({
      subtotal: "360",
      deliveryFee: "0",
      total: "360",
    });
  });

  test("rejects quantities that are not whole numbers of at least one", () => {
    expect(() => computeOrderTotals([{ quantity: 0, unitPrice: "1" }], "0")).toThrow("line 0: quantity");
    expect(() => computeOrderTotals([{ quantity: 1.5, unitPrice: "1" }], "0")).toThrow(InvalidPriceError);
  });
});
