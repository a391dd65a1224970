import { NATIVE_TOKEN } from "@grandrue/sdk";
import { type Address, erc20Abi, formatUnits, type PublicClient } from "viem";

/**
 * Formats token amounts with the token's own symbol and decimals, reading each token once; the chain's own coin with
 * the client's chain's (a client without a chain: "native", 18 decimals).
 */
export function createAmountFormatter(client: PublicClient): (token: Address, amount: bigint) => Promise<string> {
  const tokens = new Map<Address, Promise<{ symbol: string; decimals: number }>>();
  function describe(token: Address) {
    if (token === NATIVE_TOKEN)
      return Promise.resolve(client.chain?.nativeCurrency ?? { symbol: "native", decimals: 18 });
    const read = async () => {
      const [symbol, decimals] = await Promise.all([
        client.readContract({ address: token, abi: erc20Abi, functionName: "symbol" }),
        client.readContract({ address: token, abi: erc20Abi, functionName: "decimals" }),
      ]);
      return { symbol, decimals };
    };
    const known = tokens.get(token) ?? read();
    tokens.set(token, known);
    return known;
  }
  return async (token, amount) => {
    const { symbol, decimals } = await describe(token);
    return `${formatUnits(amount, decimals)} ${symbol}`;
  };
}
