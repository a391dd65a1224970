import { CHECKPOINTS, type SignedCheckpoint } from "@grandrue/sdk";
import type { Hex } from "viem";

/** A signed checkpoint as text anyone can carry and relay: the attestation's numbers written in decimal. */
export type SignedCheckpointJson = {
  attestation: {
    escrow: Hex;
    orderId: string;
    checkpoint: number;
    code: Hex;
    recordedAt: string;
    nonce: string;
    deadline: string;
  };
  signature: Hex;
};

/** The text is not a signed checkpoint. */
export class InvalidSignedCheckpointError extends Error {
  constructor(reason: string) {
    super(`This is not a signed checkpoint: ${reason}`);
    this.name = "InvalidSignedCheckpointError";
  }
}

export function signedCheckpointToJson({ attestation, signature }: SignedCheckpoint): SignedCheckpointJson {
  return {
    attestation: {
      escrow: attestation.escrow,
      orderId: attestation.orderId.toString(),
      checkpoint: attestation.checkpoint,
      code: attestation.code,
      recordedAt: attestation.recordedAt.toString(),
      nonce: attestation.nonce.toString(),
      deadline: attestation.deadline.toString(),
    },
    signature,
  };
}

const HEX = /^0x[0-9a-fA-F]*$/;
const DECIMAL = /^[0-9]{1,78}$/;

/**
 * Reads a signed checkpoint handed over as text (pasted JSON), checking its shape; the attestations contract checks
 * the signature itself when it is relayed.
 * @throws InvalidSignedCheckpointError naming what is missing.
 */
export function signedCheckpointFromJson(value: unknown): SignedCheckpoint {
  const json = value as Partial<SignedCheckpointJson> | null;
  const attestation = json?.attestation;
  if (attestation === undefined || typeof json?.signature !== "string" || !HEX.test(json.signature))
    throw new InvalidSignedCheckpointError("the signature is missing");
  for (const field of ["orderId", "recordedAt", "nonce", "deadline"] as const) {
    if (typeof attestation[field] !== "string" || !DECIMAL.test(attestation[field]))
      throw new InvalidSignedCheckpointError(`${field} is missing`);
  }
  if (
    !Number.isInteger(attestation.checkpoint) ||
    CHECKPOINTS[attestation.checkpoint] === undefined ||
    attestation.checkpoint === 0
  )
    throw new InvalidSignedCheckpointError("the checkpoint is unknown");
  if (
    typeof attestation.escrow !== "string" ||
    !HEX.test(attestation.escrow) ||
    typeof attestation.code !== "string" ||
    !HEX.test(attestation.code)
  ) {
    throw new InvalidSignedCheckpointError("the escrow or code is missing");
  }
  return {
    attestation: {
      escrow: attestation.escrow,
      orderId: BigInt(attestation.orderId),
      checkpoint: attestation.checkpoint,
      code: attestation.code,
      recordedAt: BigInt(attestation.recordedAt),
      nonce: BigInt(attestation.nonce),
      deadline: BigInt(attestation.deadline),
    },
    signature: json.signature,
  };
}
