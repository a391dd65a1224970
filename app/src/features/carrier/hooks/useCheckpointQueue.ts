import { useSyncExternalStore } from "react";
import { useMarketContext } from "../../../market/index.ts";
import { checkpointQueue } from "../lib/checkpointQueue.ts";

/** The checkpoints signed on this device and waiting to be relayed (all of them, or one order's). */
export function useCheckpointQueue(orderId?: bigint) {
  const { config } = useMarketContext();
  const queue = useSyncExternalStore(checkpointQueue.subscribe, () => checkpointQueue.get(config.chainId));
  return orderId === undefined ? queue : queue.filter((entry) => entry.attestation.orderId === orderId);
}
