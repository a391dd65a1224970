import { getOrder, type SignedCheckpoint } from "@grandrue/sdk";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { Hash } from "viem";
import { orderKeys, useMarket } from "../../../market/index.ts";
import {
  openRelayer,
  type RelayerFailure,
  RelayersFailedError,
  relayThroughList,
  useRelaying,
} from "../../../relaying/index.ts";
import { checkpointQueue } from "../lib/checkpointQueue.ts";

/** Where a signed checkpoint handed to the relayers stands. */
export type RelayedCheckpointState = { signed: SignedCheckpoint; failures: readonly RelayerFailure[] } & (
  | { status: "queued" | "submitted"; relayer: string; hash?: Hash }
  | { status: "confirmed"; relayer: string; hash: Hash }
  | { status: "failed" }
);

/**
 * Hands the checkpoints signed on this phone to the relayers of the shopper's list (the app's by default), which
 * submit them for free (sponsored by the order's shop): no account and no gas needed. Each one's progress is kept
 * by its signature; a confirmed one leaves this device's queue.
 */
export function useRelayedCheckpoints() {
  const { publicClient, deployment, config } = useMarket();
  const { relayers } = useRelaying(false);
  const queryClient = useQueryClient();
  const [states, setStates] = useState<Record<string, RelayedCheckpointState>>({});
  const [isSending, setSending] = useState(false);

  const sendOne = useCallback(
    async (signed: SignedCheckpoint) => {
      const key = signed.signature;
      const failures: RelayerFailure[] = [];
      const update = (state: RelayedCheckpointState) => setStates((previous) => ({ ...previous, [key]: state }));
      try {
        const { terms } = await getOrder(publicClient, deployment, { orderId: signed.attestation.orderId });
        const { relayer, transactionHash } = await relayThroughList({
          relayers: relayers.map(openRelayer),
          quoteRequest: { kind: "carrierCheckpoint", token: terms.token },
          signedFee: 0n,
          intent: { kind: "carrierCheckpoint", ...signed, terms },
          onStatus: (relayer, status, hash) =>
            update({
              signed,
              status: status === "queued" ? "queued" : "submitted",
              relayer,
              hash,
              failures: [...failures],
            }),
          onFailure: (failure) => failures.push(failure),
        });
        checkpointQueue.remove(deployment.chainId, signed);
        update({ signed, status: "confirmed", relayer, hash: transactionHash, failures });
      } catch (error) {
        const all =
          error instanceof RelayersFailedError ? error.failures : [...failures, unreadable(config.rpcUrl, error)];
        update({ signed, status: "failed", failures: all });
      }
    },
    [publicClient, deployment, relayers, config.rpcUrl],
  );

  const send = useCallback(
    async (queue: readonly SignedCheckpoint[]) => {
      setSending(true);
      // In the order they were signed: a delivery after its pick-up.
      for (const signed of queue) await sendOne(signed);
      setSending(false);
      await queryClient.invalidateQueries({ queryKey: orderKeys.all(deployment.chainId) });
    },
    [sendOne, queryClient, deployment.chainId],
  );

  return { hasRelayers: relayers.length > 0, states, isSending, send };
}

/** The order's terms could not be read from the chain's endpoint: said as that endpoint not answering. */
function unreadable(rpcUrl: string, error: unknown): RelayerFailure {
  return { relayer: rpcUrl, code: "Network", message: error instanceof Error ? error.message : String(error) };
}
