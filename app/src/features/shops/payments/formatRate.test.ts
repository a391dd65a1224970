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

  test("large rates keep their whole part", () => {
    expect(formatRate(1_234_567n, 2, "en")).toBe("12,346");
  });
});
