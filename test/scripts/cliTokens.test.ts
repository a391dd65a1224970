import { NATIVE_TOKEN, parseDeployment } from "@grandrue/sdk";
import { createPublicClient, custom, type PublicClient } from "viem";
import { gnosis } from "viem/chains";
import { describe, expect, test } from "vitest";
import { nativeCurrencyOf } from "../../scripts/lib/cli/connection.ts";
import { CliError, UsageError } from "../../scripts/lib/cli/errors.ts";
import { parseTokenArgument, resolveTokenArgument, tokenBook } from "../../scripts/lib/cli/tokens.ts";

/** A client whose node answers `symbol()` and `decimals()` of any token as EURC's: 6 decimals. */
function eurcClient(chain = gnosis): PublicClient {
  const provider = {
    request: async ({ method, params }: { method: string; params: [{ data: string }] }) => {
      if (method !== "eth_call") throw new Error(`unexpected ${method}`);
      const selector = params[0].data.slice(0, 10);
      if (selector === "0x313ce567") return `0x${(6).toString(16).padStart(64, "0")}`;
      // symbol(): the ABI encoding of the string "EURC"
      return `0x${"20".padStart(64, "0")}${"4".padStart(64, "0")}${"45555243".padEnd(64, "0")}`;
    },
  };
  return createPublicClient({ chain, transport: custom(provider as never) }) as PublicClient;
}

describe("the CLI's amounts", () => {
  test("name the chain's own coin as viem defines the chain, and a coin it does not know as 'native'", () => {
    expect(nativeCurrencyOf(100).symbol).toBe("XDAI");
    expect(nativeCurrencyOf(31337)).toEqual({ name: "Ether", symbol: "ETH", decimals: 18 });
    expect(nativeCurrencyOf(987_654_321)).toEqual({ name: "native coin", symbol: "native", decimals: 18 });
  });

  test("scale a 6-decimal token by its own decimals and the native coin by the chain's", async () => {
    const book = tokenBook(eurcClient());
    expect(await book.describe("0x09DB0a93B389bEF724429898f539AEB7ac2Dd55f", 12_340_000n)).toBe("12.34 EURC");
    expect(await book.describe(NATIVE_TOKEN, 1_500_000_000_000_000_000n)).toBe("1.5 XDAI");
  });
});

describe("the CLI's token arguments", () => {
  const contracts = Object.fromEntries(
    ["ShopRegistry", "DeliveryAttestations", "Escrow", "Reviews", "MediatorArbitrator"].map((name, index) => [
      name,
      { address: `0x${String(index + 1).padStart(40, "0")}`, blockNumber: 1 },
    ]),
  );
  const eurc = "0x09DB0a93B389bEF724429898f539AEB7ac2Dd55f";
  const withEurc = parseDeployment({ chainId: 31337, contracts, tokens: { EURC: { address: eurc, blockNumber: 2 } } });
  const withoutEurc = parseDeployment({ chainId: 100, contracts });

  test("name the chain's coin, the deployment's EURC in any case, or any token by address", () => {
    expect(resolveTokenArgument(parseTokenArgument("native", "--token"), withEurc)).toBe(NATIVE_TOKEN);
    expect(resolveTokenArgument(parseTokenArgument("eurc", "--token"), withEurc)).toBe(eurc);
    expect(resolveTokenArgument(parseTokenArgument(eurc.toLowerCase(), "--token"), withoutEurc)).toBe(eurc);
  });

  test("refuse anything else before connecting, and EURC on a deployment that has none", () => {
    expect(() => parseTokenArgument("euros", "--token")).toThrow(UsageError);
    expect(() => parseTokenArgument("euros", "--token")).toThrow('--token takes "native", "EURC" or a token address');
    expect(() => resolveTokenArgument(parseTokenArgument("EURC", "--token"), withoutEurc)).toThrow(CliError);
  });
});
