import { KNOWN_NATIVE_CURRENCY_CHAIN_IDS, knownNativeCurrency, parseNativeCurrency } from "@grandrue/sdk";
import * as chains from "viem/chains";
import { describe, expect, test } from "vitest";

describe("the chains' own coins", () => {
  test("are those of viem's chain definitions, for every chain the SDK knows", () => {
    expect(KNOWN_NATIVE_CURRENCY_CHAIN_IDS).toContain(100);
    for (const chainId of KNOWN_NATIVE_CURRENCY_CHAIN_IDS) {
      const chain = Object.values(chains).find((candidate) => candidate.id === chainId);
      expect(knownNativeCurrency(chainId), String(chainId)).toEqual(chain?.nativeCurrency);
    }
    expect(knownNativeCurrency(42220)).toBeUndefined();
  });

  test("are read from JSON with a name, a symbol and whole decimals, or refused", () => {
    expect(parseNativeCurrency('{ "name": " Celo ", "symbol": "CELO", "decimals": 18 }')).toEqual({
      name: "Celo",
      symbol: "CELO",
      decimals: 18,
    });
    expect(parseNativeCurrency("CELO")).toBeUndefined();
    expect(parseNativeCurrency('{ "name": "", "symbol": "CELO", "decimals": 18 }')).toBeUndefined();
    expect(parseNativeCurrency('{ "name": "Celo", "symbol": "CELO", "decimals": -1 }')).toBeUndefined();
  });
});
