import type { ContractFunctionArgs, Hex } from "viem";
import type { deliveryAttestationsAbi } from "../generated/abis.ts";
import { CHECKPOINTS, type Checkpoint } from "../orders/types.ts";

/** A checkpoint a carrier signs for anyone to relay (the `CheckpointAttestation` struct). */
export type CheckpointAttestation = ContractFunctionArgs<
  typeof deliveryAttestationsAbi,
  "nonpayable",
  "attestBySig"
>[0];

/** A signed checkpoint, ready for {@link relayCheckpoint}. */
export type SignedCheckpoint = { attestation: CheckpointAttestation; signature: Hex };

/** A checkpoint a carrier can record (every one but `None`). */
export type RecordableCheckpoint = Exclude<Checkpoint, "None">;

/** The contract's enum value of a checkpoint name. */
export function checkpointValue(checkpoint: RecordableCheckpoint): number {
  return CHECKPOINTS.indexOf(checkpoint);
}
