import { describe, expect, test } from "vitest";
import { claimTokenAmount, maxClaimPrice } from "./claimAmount.ts";

const euros = { priceUnit: "EUR", rate: 10n ** 18n };
const order = 45n * 10n ** 18n;

describe("claim amounts", () => {
  test("the most a claim can ask is the order amount in the order's unit", () => {
    expect(maxClaimPrice(order, euros)).toBe("45.00");
    expect(maxClaimPrice(order + 7n, euros)).toBe("45.00");
  });

  test("a typed price becomes a token amount, with a French decimal comma, capped at the order amount", () => {
    expect(claimTokenAmount("30,5", order, euros)).toBe(305n * 10n ** 17n);
    expect(claimTokenAmount("99", order, euros)).toBe(order);
  });

  test("anything that is not a positive price is refused", () => {
    expect(claimTokenAmount("", order, euros)).toBeUndefined();
    expect(claimTokenAmount("0", order, euros)).toBeUndefined();
    expect(claimTokenAmount("abc", order, euros)).toBeUndefined();
    expect(claimTokenAmount("1.234", order, euros)).toBeUndefined();
  });
});
