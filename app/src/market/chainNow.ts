import { useQuery } from "@tanstack/react-query";
import { getBlock } from "viem/actions";
import { useMarket } from "./useMarket.ts";

/** How often the chain's clock is read again while a page shows deadlines. */
const CHAIN_CLOCK_REFRESH_MS = 15_000;

/** Query key of the chain's clock (tests set it to fix "now"). */
export const chainNowKey = (chainId: number) => ["chainNow", chainId] as const;

/**
 * The chain's time (the latest block's timestamp, unix seconds): what the contracts compare deadlines with, so
 * what the app must use to say "you have 3 hours left" and to decide which actions are open (the local chain's clock
 * may run ahead of the wall clock). Undefined until read.
 * @example const now = useChainNow(); now !== undefined && deadlineInWords(order.state.deadline, now, "fr")
 */
export function useChainNow(): number | undefined {
  const { publicClient, deployment } = useMarket();
  const { data } = useQuery({
    queryKey: chainNowKey(deployment.chainId),
    staleTime: 0,
    queryFn: async () => Number((await getBlock(publicClient, { blockTag: "latest" })).timestamp),
    refetchInterval: CHAIN_CLOCK_REFRESH_MS,
  });
  return data;
}
