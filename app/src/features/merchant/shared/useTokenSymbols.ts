import { NATIVE_TOKEN } from "@grandrue/sdk";
import { useQuery } from "@tanstack/react-query";
import { type Address, erc20Abi, isAddressEqual } from "viem";
import { readContract } from "viem/actions";
import { useMarket } from "../../../market/index.ts";

/**
 * The symbol people know each payment token by ("ETH", "LEMAN"), read once from the token contracts.
 * @example const symbols = useTokenSymbols(tokens); symbols.get(token) ?? "…"
 */
export function useTokenSymbols(tokens: readonly Address[]): Map<Address, string> {
  const { publicClient, deployment } = useMarket();
  const unique = [...new Set(tokens.map((token) => token.toLowerCase() as Address))].sort();
  const { data } = useQuery({
    queryKey: ["tokenSymbols", deployment.chainId, unique.join()],
    queryFn: async () =>
      Promise.all(
        unique.map(async (token) =>
          isAddressEqual(token, NATIVE_TOKEN)
            ? "ETH"
            : readContract(publicClient, { address: token, abi: erc20Abi, functionName: "symbol" }).catch(() => "?"),
        ),
      ),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const symbols = new Map<Address, string>();
  for (const token of tokens) {
    const index = unique.indexOf(token.toLowerCase() as Address);
    symbols.set(token, data?.[index] ?? (isAddressEqual(token, NATIVE_TOKEN) ? "ETH" : "…"));
  }
  return symbols;
}
