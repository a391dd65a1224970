import { describe, expect, test } from "vitest";
import { warrantyPeriodParts } from "./warrantyPeriod.ts";

const days = (count: number) => count * 86_400;

describe("warrantyPeriodParts", () => {
  test("says a period in years or months when it is close to whole ones", () => {
    expect(warrantyPeriodParts(days(730))).toEqual({ unit: "year", count: 2 });
    expect(warrantyPeriodParts(days(365))).toEqual({ unit: "year", count: 1 });
    expect(warrantyPeriodParts(days(182))).toEqual({ unit: "month", count: 6 });
    expect(warrantyPeriodParts(days(90))).toEqual({ unit: "month", count: 3 });
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
