import { tokenAmountToPrice } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { buyerAmountFor } from "./priceConversion.ts";

/** Rates as the registry stores them: token base units per euro. */
const EURC_RATE = 10n ** 6n;
const LEMAN_RATE = 10n ** 18n;
const ETH_RATE = 10n ** 18n / 3000n;

describe("a settlement between a price and a token amount", () => {
  test("reads a 6-decimal EURC amount back in euros to the cent, as an 18-decimal one", () => {
    expect(tokenAmountToPrice(12_500_000n, EURC_RATE, 2)).toBe("12.50");
    expect(tokenAmountToPrice(12_500_000n * 10n ** 12n, LEMAN_RATE, 2)).toBe("12.50");
    expect(tokenAmountToPrice(9_999n, EURC_RATE, 2)).toBe("0.00");
  });

  test("asks back the EURC amount of a refund in euros, never more than the order holds", () => {
    expect(buyerAmountFor("11.50", EURC_RATE, 2, 40_500_000n)).toBe(11_500_000n);
    expect(buyerAmountFor("50.00", EURC_RATE, 2, 40_500_000n)).toBe(40_500_000n);
    expect(buyerAmountFor("3.00", ETH_RATE, 2, 10n ** 18n)).toBe(999_999_999_999_999n);
  });
});
