import { NATIVE_TOKEN } from "@grandrue/sdk";
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Address, Chain, Client, Transport } from "viem";
import { readContract } from "viem/actions";
import { useMarket } from "../market/useMarket.ts";

/** How a payment token calls itself and how many decimals its amounts have. */
export type TokenInfo = { name: string; symbol: string; decimals: number };

/** The three ERC-20 metadata views (written out: this module is on the first visit, viem's full ABIs are not). */
const erc20MetadataAbi = [
  { type: "function", name: "name", stateMutability: "view", inputs: [], outputs: [{ name: "", type: "string" }] },
  { type: "function", name: "symbol", stateMutability: "view", inputs: [], outputs: [{ name: "", type: "string" }] },
  { type: "function", name: "decimals", stateMutability: "view", inputs: [], outputs: [{ name: "", type: "uint8" }] },
] as const;

/** The native currency's info comes from the chain; an ERC-20's is read once from the token (it never changes). */
export const tokenInfoQueryOptions = (publicClient: Client<Transport, Chain>, token: Address) =>
  queryOptions({
    queryKey: ["token", publicClient.chain.id, token.toLowerCase()] as const,
    queryFn: async (): Promise<TokenInfo> => {
      if (token === NATIVE_TOKEN) return publicClient.chain.nativeCurrency;
      const read = (functionName: "name" | "symbol" | "decimals") =>
        readContract(publicClient, { address: token, abi: erc20MetadataAbi, functionName });
      const [name, symbol, decimals] = await Promise.all([read("name"), read("symbol"), read("decimals")]);
      return { name: String(name), symbol: String(symbol), decimals: Number(decimals) };
    },
    staleTime: Number.POSITIVE_INFINITY,
  });

/** @example const { data: info } = useTokenInfo(order.terms.token) */
export function useTokenInfo(token: Address | undefined) {
  const { publicClient } = useMarket();
  return useQuery({ ...tokenInfoQueryOptions(publicClient, token ?? NATIVE_TOKEN), enabled: token !== undefined });
}
