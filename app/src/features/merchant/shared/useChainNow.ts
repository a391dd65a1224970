import { useQuery } from "@tanstack/react-query";
import { getBlock } from "viem/actions";
import { useMarket } from "../../../market/index.ts";

/** How often the chain's clock is read again while a page shows deadlines. */
const CHAIN_CLOCK_REFRESH_MS = 15_000;

/**
 * The chain's time (the latest block's timestamp, unix seconds): what the contracts compare deadlines with, so
 * what the app must use to say "you have 3 hours left" and to decide which actions are open. Undefined until read.
 * @example const now = useChainNow(); now !== undefined && deadlineInWords(order.state.deadline, now, "fr")
 */
export function useChainNow(): number | undefined {
  const { publicClient, deployment } = useMarket();
  const { data } = useQuery({
    queryKey: ["chainNow", deployment.chainId],
    queryFn: async () => Number((await getBlock(publicClient, { blockTag: "latest" })).timestamp),
    refetchInterval: CHAIN_CLOCK_REFRESH_MS,
  });
  return data;
}
