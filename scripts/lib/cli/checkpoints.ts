import { CHECKPOINTS, type RecordableCheckpoint, toDeliveryProof } from "@grandrue/sdk";
import type { Hex } from "viem";
import { UsageError } from "./errors.ts";

/** The checkpoints a carrier records, as the commands name them. */
export const RECORDABLE_CHECKPOINTS = CHECKPOINTS.filter(
  (checkpoint): checkpoint is RecordableCheckpoint => checkpoint !== "None",
);

/**
 * A checkpoint named on the command line (any letter case): `PickedUp`, `delivered`…
 * @throws UsageError naming the checkpoints for anything else.
 */
export function parseCheckpoint(text: string, command: string): RecordableCheckpoint {
  const checkpoint = RECORDABLE_CHECKPOINTS.find((candidate) => candidate.toLowerCase() === text.toLowerCase());
  if (checkpoint === undefined)
    throw new UsageError(`"${text}" is not a checkpoint: use one of ${RECORDABLE_CHECKPOINTS.join(", ")}`, command);
  return checkpoint;
}

/**
 * The delivery proof to record with a checkpoint: `Delivered` needs the delivery code the buyer shows
 * (`7K3M-Q9TX-B2RC-W5HN`, any case, with or without dashes); the other checkpoints take none.
 * @throws UsageError when the code is missing or not expected; InvalidDeliveryCodeError when it is not a code.
 */
export function checkpointDeliveryProof(
  checkpoint: RecordableCheckpoint,
  deliveryCode: string | undefined,
  command: string,
): Hex | undefined {
  if (checkpoint === "Delivered" && deliveryCode === undefined) {
    throw new UsageError("Delivered needs the buyer's delivery code: --code XXXX-XXXX-XXXX-XXXX", command);
  }
  if (checkpoint !== "Delivered" && deliveryCode !== undefined)
    throw new UsageError("--code goes with Delivered only", command);
  return deliveryCode === undefined ? undefined : toDeliveryProof(deliveryCode);
}

export const CHECKPOINT_HELP = `Checkpoints: ${RECORDABLE_CHECKPOINTS.join(", ")}.
PickedUp (from Accepted) and Delivered (with the buyer's delivery code) move the order in the escrow;
the others add to its public timeline.`;
