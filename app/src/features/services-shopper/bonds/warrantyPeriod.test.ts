import { describe, expect, test } from "vitest";
import { WARRANTY_YEAR_SECONDS } from "../../../lib/warrantyYear.ts";
import { warrantyPeriodParts } from "./warrantyPeriod.ts";

const days = (count: number) => count * 86_400;

describe("warrantyPeriodParts", () => {
  test("says a period in years or months when it is close to whole ones", () => {
    expect(warrantyPeriodParts(days(730))).toEqual({ unit: "year", count: 2 });
    expect(warrantyPeriodParts(days(365))).toEqual({ unit: "year", count: 1 });
    expect(warrantyPeriodParts(days(182))).toEqual({ unit: "month", count: 6 });
    expect(warrantyPeriodParts(days(90))).toEqual({ unit: "month", count: 3 });
  });

  test("says every period the merchant's form sets as the merchant typed it, up to the contract's ten years", () => {
    for (let years = 1; years <= 10; years += 1) {
      expect(warrantyPeriodParts(years * WARRANTY_YEAR_SECONDS)).toEqual({ unit: "year", count: years });
    }
    for (const months of [1, 6, 18, 30, 119]) {
      expect(warrantyPeriodParts((months * WARRANTY_YEAR_SECONDS) / 12)).toEqual({ unit: "month", count: months });
    }
  });

  test("falls back to weeks, then days", () => {
    expect(warrantyPeriodParts(days(14))).toEqual({ unit: "week", count: 2 });
    expect(warrantyPeriodParts(days(10))).toEqual({ unit: "day", count: 10 });
    expect(warrantyPeriodParts(days(45))).toEqual({ unit: "day", count: 45 });
  });

  test("rounds to whole days and never says zero", () => {
    expect(warrantyPeriodParts(3600)).toEqual({ unit: "day", count: 1 });
  });
});
