import type { Address } from "viem";
import { describe, expect, test } from "vitest";
import { createTestI18n } from "../test/renderWithMarket.tsx";
import { currencyName } from "./currencyName.ts";

const LEMAN: Address = "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707";
const ETH: Address = "0x0000000000000000000000000000000000000000";

describe("currencyName", () => {
  test("names a local currency as such, without the token's own bracketed note", async () => {
    const { t } = await createTestI18n("fr");
    const leman = { address: LEMAN, kind: "local-currency", name: "Léman (dev)", symbol: "LEM", decimals: 18 } as const;
    expect(currencyName(leman, t)).toBe("Léman (monnaie locale)");
  });

  test("names any other currency by its symbol", async () => {
    const { t } = await createTestI18n("en");
    expect(currencyName({ address: ETH, kind: "native", name: "Ether", symbol: "ETH", decimals: 18 }, t)).toBe("ETH");
  });
});
