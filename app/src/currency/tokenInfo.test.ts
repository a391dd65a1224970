import { NATIVE_TOKEN } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { TEST_DEPLOYMENT } from "../test/renderWithMarket.tsx";
import { classifyToken, localCurrencyName } from "./tokenInfo.ts";

const LEMAN = "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707";
const EURC = "0x1111111111111111111111111111111111111111";
const withLocalCurrency = {
  ...TEST_DEPLOYMENT,
  contracts: { ...TEST_DEPLOYMENT.contracts, LocalCurrency: { address: LEMAN, blockNumber: 6 } },
} as const;

describe("classifyToken", () => {
  test("the zero address is the chain's own currency", () => {
    expect(classifyToken({ address: NATIVE_TOKEN, symbol: "ETH", name: "Ether" }, TEST_DEPLOYMENT)).toBe("native");
  });

  test("the deployment's local currency is a local currency whatever it calls itself", () => {
    expect(classifyToken({ address: LEMAN, symbol: "XYZ", name: "Anything" }, withLocalCurrency)).toBe(
      "local-currency",
    );
  });

  test("a token named Léman or with the LEM symbol is a local currency on any deployment", () => {
    expect(classifyToken({ address: EURC, symbol: "LEM", name: "Token" }, TEST_DEPLOYMENT)).toBe("local-currency");
    expect(classifyToken({ address: EURC, symbol: "LMN", name: "Léman" }, TEST_DEPLOYMENT)).toBe("local-currency");
  });

  test("any other ERC-20 is shown by its symbol", () => {
    expect(classifyToken({ address: EURC, symbol: "EURC", name: "Euro Coin" }, withLocalCurrency)).toBe("token");
  });
});

describe("localCurrencyName", () => {
  test("drops the development note from the local currency's name", () => {
    expect(localCurrencyName({ name: "Léman (dev)", symbol: "LEM" })).toBe("Léman");
    expect(localCurrencyName({ name: "", symbol: "LEM" })).toBe("Léman");
  });
});
