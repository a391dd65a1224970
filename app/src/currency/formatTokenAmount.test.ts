import { describe, expect, test } from "vitest";
import { formatTokenAmount } from "./formatTokenAmount.ts";

const LEM = { name: "Léman (dev)", symbol: "LEM", decimals: 18 };
const ETH = { name: "Ether", symbol: "ETH", decimals: 18 };
const EURC = { name: "Euro Coin", symbol: "EURC", decimals: 6 };

describe("formatTokenAmount", () => {
  test("writes whole amounts with two to four decimals, in the reader's language", () => {
    expect(formatTokenAmount(162n * 10n ** 17n, LEM, "fr")).toBe("16,20 LEM");
    expect(formatTokenAmount(1_234_567n * 10n ** 14n, ETH, "en")).toBe("123.4567 ETH");
  });

  test("scales a 6-decimal token by its own decimals: EURC to the cent, and its smallest unit", () => {
    expect(formatTokenAmount(12_500_000n, EURC, "fr")).toBe("12,50 EURC");
    expect(formatTokenAmount(1_234_567_891n, EURC, "en")).toBe("1,234.5679 EURC");
    expect(formatTokenAmount(1n, EURC, "fr")).toBe("0,000001 EURC");
    expect(formatTokenAmount(0n, EURC, "en")).toBe("0.00 EURC");
  });

  test("keeps six significant digits below one unit, so small ETH amounts stay readable", () => {
    expect(formatTokenAmount(1_166_666_666_666_667n, ETH, "en")).toBe("0.00116667 ETH");
  });
});
