import type { Address } from "viem";
import { describe, expect, test } from "vitest";
import { createTestI18n, TEST_DEPLOYMENT } from "../test/renderWithMarket.tsx";
import { currencyName } from "./currencyName.ts";

const LEMAN: Address = "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707";
const ETH: Address = "0x0000000000000000000000000000000000000000";
const deployment = {
  ...TEST_DEPLOYMENT,
  contracts: { ...TEST_DEPLOYMENT.contracts, LocalCurrency: { address: LEMAN, blockNumber: 6 } },
};

describe("currencyName", () => {
  test("names the deployment's local currency as such, without the token's own bracketed note", async () => {
    const { t } = await createTestI18n("fr");
    expect(currencyName(LEMAN, { name: "Léman (dev)", symbol: "LEM", decimals: 18 }, deployment, t)).toBe(
      "Léman (monnaie locale)",
    );
  });

  test("names any other currency by its symbol", async () => {
    const { t } = await createTestI18n("en");
    expect(currencyName(ETH, { name: "Ether", symbol: "ETH", decimals: 18 }, deployment, t)).toBe("ETH");
  });
});
