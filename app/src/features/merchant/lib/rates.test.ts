import { priceToTokenAmount } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { tokenRateFromUnitPrice, unitPriceFromTokenRate } from "./rates.ts";

describe("payment rates", () => {
  test("a local currency worth one euro has the rate of one whole token per euro", () => {
    expect(tokenRateFromUnitPrice("1", 18)).toBe(10n ** 18n);
  });

  test("an ETH at 3 000 € gives the demo's rate, and a price then costs the expected wei", () => {
    const rate = tokenRateFromUnitPrice("3000", 18);
    expect(rate).toBe(10n ** 18n / 3000n);
    expect(priceToTokenAmount("3.00", rate)).toBe(999_999_999_999_999n);
  });

  test("decimal commas and cents are read exactly", () => {
    expect(tokenRateFromUnitPrice("0,50", 6)).toBe(2_000_000n);
  });

  test("the form shows a rate back as the price of one token", () => {
    expect(unitPriceFromTokenRate(10n ** 18n / 3000n, 18)).toBe("3000");
    expect(unitPriceFromTokenRate(2_000_000n, 6)).toBe("0.5");
  });

  test("zero is not a price", () => {
    expect(() => tokenRateFromUnitPrice("0", 18)).toThrow(RangeError);
  });
});
