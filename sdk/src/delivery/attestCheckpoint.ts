import { type Hex, zeroHash } from "viem";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import type { OrderTerms } from "../orders/types.ts";
import { checkpointValue, type RecordableCheckpoint } from "./types.ts";

export type AttestCheckpointParameters = {
  terms: OrderTerms;
  checkpoint: RecordableCheckpoint;
  /** The buyer's delivery proof (`toDeliveryProof` of the delivery code), required for `Delivered`. */
  deliveryProof?: Hex;
};
export type AttestCheckpointReturnType = WriteResult;

/**
 * The order's carrier records a checkpoint itself, in a transaction: `PickedUp` and `Delivered` (with the buyer's
 * code) move the escrow order, the others add to its public timeline.
 * @example await attestCheckpoint(courierWallet, deployment, { terms, checkpoint: "OutForDelivery" })
 */
export async function attestCheckpoint(
  client: MarketWalletClient,
  deployment: Deployment,
  { terms, checkpoint, deliveryProof }: AttestCheckpointParameters,
): Promise<AttestCheckpointReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).attestations,
    functionName: "attest",
    args: [deployment.contracts.Escrow.address, terms, checkpointValue(checkpoint), deliveryProof ?? zeroHash],
  });
}
