import type { Hex } from "viem";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import type { OrderTerms } from "../orders/types.ts";
import type { CheckpointAttestation } from "./types.ts";

export type RelayCheckpointParameters = { attestation: CheckpointAttestation; signature: Hex; terms: OrderTerms };
export type RelayCheckpointReturnType = WriteResult;

/**
 * Anyone (the shop, the buyer, a relayer) submits a checkpoint the order's carrier signed with
 * {@link signCheckpoint}; `PickedUp` and `Delivered` move the escrow order. Throws `AttestationExpired`,
 * `NonceAlreadyUsed` or `InvalidSignature` when the signature cannot be used.
 * @example await relayCheckpoint(buyerWallet, deployment, { attestation, signature, terms })
 */
export async function relayCheckpoint(
  client: MarketWalletClient,
  deployment: Deployment,
  { attestation, signature, terms }: RelayCheckpointParameters,
): Promise<RelayCheckpointReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).attestations,
    functionName: "attestBySig",
    args: [attestation, terms, signature],
  });
}
