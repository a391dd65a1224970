import { useQuery } from "@tanstack/react-query";
import { getBlock } from "viem/actions";
import { useMarket } from "../../../market/index.ts";

/** How often the chain's clock is read while an order is open (deadlines move the actions offered). */
const CHAIN_TIME_REFRESH_MS = 15_000;

/**
 * The latest block's timestamp (unix seconds): the time an order action would run at, so the actions offered match
 * the contract's deadlines even when the local chain's clock runs ahead of the wall clock.
 */
export function useChainTime() {
  const { publicClient, deployment } = useMarket();
  return useQuery({
    queryKey: ["chainTime", deployment.chainId] as const,
    queryFn: async () => Number((await getBlock(publicClient, { blockTag: "latest" })).timestamp),
    refetchInterval: CHAIN_TIME_REFRESH_MS,
    staleTime: 0,
  });
}
