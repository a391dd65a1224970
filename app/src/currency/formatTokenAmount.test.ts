import { describe, expect, test } from "vitest";
import { formatTokenAmount } from "./formatTokenAmount.ts";

const LEM = { name: "Léman (dev)", symbol: "LEM", decimals: 18 };
const ETH = { name: "Ether", symbol: "ETH", decimals: 18 };

describe("formatTokenAmount", () => {
  test("writes whole amounts with two to four decimals, in the reader's language", () => {
    expect(formatTokenAmount(162n * 10n ** 17n, LEM, "fr")).toBe("16,20 LEM");
    expect(formatTokenAmount(1_234_567n * 10n ** 14n, ETH, "en")).toBe("123.4567 ETH");
  });

  test("keeps six significant digits below one unit, so small ETH amounts stay readable", () => {
    expect(formatTokenAmount(1_166_666_666_666_667n, ETH, "en")).toBe("0.00116667 ETH");
  });
});
