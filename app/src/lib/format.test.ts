import { describe, expect, test } from "vitest";
import { formatDistance, formatPrice, shortHex } from "./format.ts";
import { parseIdParam } from "./routeParams.ts";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatPrice", () => {
  test("keeps the exact decimal of the catalog (no float rounding)", () => {
    expect(plain(formatPrice("0.1", "EUR", "fr"))).toBe("0,10 €");
    expect(plain(formatPrice("12345678901234.99", "EUR", "en"))).toBe("€12,345,678,901,234.99");
  });

  test("writes Swiss francs in French the Swiss-French way of the language", () => {
    expect(plain(formatPrice("3.2", "CHF", "fr"))).toBe("3,20 CHF");
  });

  test.each(["-1", "1e3", "3,20", ""])("refuses %j, which is not a catalog price", (amount) => {
    expect(() => formatPrice(amount, "EUR", "fr")).toThrow(RangeError);
  });
});

describe("formatDistance", () => {
  test.each([
    [8, "fr", "10 m"],
    [349, "fr", "350 m"],
    [999, "en", "1 km"],
    [1240, "fr", "1,2 km"],
    [12_600, "en", "13 km"],
  ])("%d m reads %s-style as %s", (metres, language, expected) => {
    expect(plain(formatDistance(metres, language))).toBe(expected);
  });

  test("refuses a negative or missing distance", () => {
    expect(() => formatDistance(-5, "fr")).toThrow(RangeError);
    expect(() => formatDistance(Number.NaN, "fr")).toThrow(RangeError);
  });
});

describe("shortHex and parseIdParam", () => {
  test("shortens an address to its first and last characters", () => {
    expect(shortHex("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")).toBe("0x7099…79C8");
    expect(shortHex("0x1234")).toBe("0x1234");
  });

  test("reads decimal and hexadecimal ids and rejects anything else", () => {
    expect(parseIdParam("12")).toBe(12n);
    expect(parseIdParam("0x0c")).toBe(12n);
    expect(parseIdParam(`0x${"f".repeat(64)}`)).toBe(2n ** 256n - 1n);
    for (const wrong of [undefined, "", "twelve", "-1", "1.5", "0x", `0x${"f".repeat(65)}`, "9".repeat(79)])
      expect(parseIdParam(wrong)).toBeUndefined();
  });
});
