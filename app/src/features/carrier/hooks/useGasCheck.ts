import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { getBalance, getGasPrice } from "viem/actions";
import { useMarket } from "../../../market/index.ts";

/** Gas a checkpoint transaction may use, generously: enough for a delivery that pays the carrier. */
const CHECKPOINT_GAS = 250_000n;

/**
 * Whether `account` can pay the network fee of a checkpoint now (its ETH balance against the gas price). Without it
 * the courier signs checkpoints for someone else to relay.
 */
export function useGasCheck(account: Address | undefined) {
  const { publicClient, deployment } = useMarket();
  return useQuery({
    queryKey: ["gasCheck", deployment.chainId, account],
    queryFn: async () => {
      const [balance, gasPrice] = await Promise.all([
        getBalance(publicClient, { address: account! }),
        getGasPrice(publicClient),
      ]);
      return balance >= gasPrice * CHECKPOINT_GAS;
    },
    enabled: account !== undefined,
    refetchInterval: 30_000,
  });
}
