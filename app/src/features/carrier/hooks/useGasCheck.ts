import type { Address } from "viem";
import { useNetworkFeeCheck } from "../../../relaying/index.ts";

/** Gas a checkpoint transaction may use, generously: enough for a delivery that pays the carrier. */
const CHECKPOINT_GAS = 250_000n;

/**
 * Whether `account` can pay the network fee of a checkpoint now (its balance of the chain's coin against the gas
 * price). Without it the courier signs checkpoints for a relayer, or someone else, to pass on.
 */
export function useGasCheck(account: Address | undefined) {
  return useNetworkFeeCheck(account, CHECKPOINT_GAS);
}
