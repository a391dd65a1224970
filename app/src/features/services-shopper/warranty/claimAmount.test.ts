import { describe, expect, test } from "vitest";
import { claimTokenAmount, maxClaimPrice, priceAsTyped } from "./claimAmount.ts";

const euros = { priceUnit: "EUR", rate: 10n ** 18n };
const order = 45n * 10n ** 18n;

describe("claim amounts", () => {
  test("the most a claim can ask is the order amount in the order's unit", () => {
    expect(maxClaimPrice(order, euros)).toBe("45.00");
    expect(maxClaimPrice(order + 7n, euros)).toBe("45.00");
  });

  test("a typed price becomes a token amount, with a French decimal comma, up to the order amount", () => {
    expect(claimTokenAmount("30,5", order, euros)).toEqual({ amount: 305n * 10n ** 17n });
    expect(claimTokenAmount("45", order, euros)).toEqual({ amount: order });
  });

  test("more than the order amount is refused, not quietly lowered", () => {
    expect(claimTokenAmount("45,01", order, euros)).toEqual({ problem: "tooHigh" });
    expect(claimTokenAmount("99", order, euros)).toEqual({ problem: "tooHigh" });
  });

  test("anything that is not a positive price is refused", () => {
    for (const typed of ["", "0", "abc", "1.234", "-3"])
      expect(claimTokenAmount(typed, order, euros)).toEqual({ problem: "invalid" });
  });

  test("the prefilled amount is written with the buyer's decimal separator, and reads back as the same amount", () => {
    expect(priceAsTyped("45.00", "fr")).toBe("45,00");
    expect(priceAsTyped("45.00", "en")).toBe("45.00");
    expect(claimTokenAmount(priceAsTyped("45.00", "fr"), order, euros)).toEqual({ amount: order });
  });
});
