import { getCredits } from "@grandrue/sdk";
import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { creditsKey, useMarket } from "../../../market/index.ts";

/** What the escrow holds for `account` to withdraw (payments it could not send), per token. */
export function useCredits(account: Address | undefined) {
  const { publicClient, deployment } = useMarket();
  return useQuery({
    queryKey: [...creditsKey(deployment.chainId), account],
    queryFn: () => getCredits(publicClient, deployment, { account: account! }),
    enabled: account !== undefined,
  });
}
