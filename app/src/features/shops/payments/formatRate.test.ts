import { describe, expect, test } from "vitest";
import { formatRate } from "./formatRate.ts";

describe("formatRate", () => {
  test("one euro is one Léman at a rate of 10^18 base units", () => {
    expect(formatRate(10n ** 18n, 18, "fr")).toBe("1");
  });

  test("one euro in ether keeps three significant digits, in the reader's language", () => {
    expect(formatRate(10n ** 18n / 3000n, 18, "fr")).toBe("0,000333");
    expect(formatRate(10n ** 18n / 3000n, 18, "en")).toBe("0.000333");
  });

  test("one euro is one EURC at a rate of 10^6 base units: a 6-decimal token reads with its own decimals", () => {
    expect(formatRate(10n ** 6n, 6, "fr")).toBe("1");
    expect(formatRate(1_080_000n, 6, "en")).toBe("1.08");
  });

  test("large rates keep their whole part", () => {
    expect(formatRate(1_234_567n, 2, "en")).toBe("12,346");
  });
});
