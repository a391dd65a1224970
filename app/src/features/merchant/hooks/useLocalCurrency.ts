import { useQuery } from "@tanstack/react-query";
import { type Address, erc20Abi } from "viem";
import { readContract } from "viem/actions";
import { useMarket } from "../../../market/index.ts";

export type LocalCurrency = { address: Address; name: string; symbol: string; decimals: number };

/**
 * The deployment's local currency (a town's own money, on development chains the "Léman"), with its name and
 * decimals; undefined where the deployment has none.
 */
export function useLocalCurrency(): LocalCurrency | undefined {
  const { publicClient, deployment } = useMarket();
  const address = deployment.contracts.LocalCurrency?.address;
  const { data } = useQuery({
    queryKey: ["localCurrency", deployment.chainId, address],
    queryFn: async (): Promise<LocalCurrency> => {
      const token = { address: address!, abi: erc20Abi } as const;
      const [name, symbol, decimals] = await Promise.all([
        readContract(publicClient, { ...token, functionName: "name" }),
        readContract(publicClient, { ...token, functionName: "symbol" }),
        readContract(publicClient, { ...token, functionName: "decimals" }),
      ]);
      return { address: address!, name, symbol, decimals };
    },
    enabled: address !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
  });
  return data;
}
