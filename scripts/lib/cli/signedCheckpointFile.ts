import { checkpointName, checkpointValue, documentFields, parseWithSchema, type SignedCheckpoint } from "@grandrue/sdk";
import type { Hex } from "viem";
import { z } from "zod";
import { RECORDABLE_CHECKPOINTS } from "./checkpoints.ts";

const { address, decimalUint, hexBytes } = documentFields;

/** A signed checkpoint as `carrier sign` prints it and `carrier relay` reads it: integers as decimal strings. */
const signedCheckpointFileSchema = z.strictObject({
  chainId: z
    .number({ error: "must be a number" })
    .int({ error: "must be a whole number" })
    .positive({ error: "must be positive" }),
  attestation: z.strictObject({
    escrow: address,
    orderId: decimalUint(256),
    checkpoint: z.enum(RECORDABLE_CHECKPOINTS, { error: `must be one of ${RECORDABLE_CHECKPOINTS.join(", ")}` }),
    code: hexBytes(32),
    recordedAt: decimalUint(128),
    nonce: decimalUint(256),
    deadline: decimalUint(256),
  }),
  signature: z
    .string({ error: "must be a string" })
    .regex(/^0x[0-9a-fA-F]{128,130}$/, { error: "must be a signature as 0x-prefixed hex" }),
});

/** The JSON `carrier sign` prints: the chain, the attestation with named checkpoint, and the carrier's signature. */
export function signedCheckpointToJson(signed: SignedCheckpoint, chainId: number): string {
  const { attestation } = signed;
  return JSON.stringify(
    {
      chainId,
      attestation: {
        escrow: attestation.escrow,
        orderId: attestation.orderId.toString(),
        checkpoint: checkpointName(attestation.checkpoint),
        code: attestation.code,
        recordedAt: attestation.recordedAt.toString(),
        nonce: attestation.nonce.toString(),
        deadline: attestation.deadline.toString(),
      },
      signature: signed.signature,
    },
    null,
    2,
  );
}

/**
 * Reads the JSON {@link signedCheckpointToJson} writes.
 * @throws DocumentValidationError naming each invalid field.
 */
export function parseSignedCheckpointFile(json: unknown): { chainId: number; signed: SignedCheckpoint } {
  const { chainId, attestation, signature } = parseWithSchema("signed checkpoint", signedCheckpointFileSchema, json);
  return {
    chainId,
    signed: {
      attestation: {
        escrow: attestation.escrow,
        orderId: BigInt(attestation.orderId),
        checkpoint: checkpointValue(attestation.checkpoint),
        code: attestation.code,
        recordedAt: BigInt(attestation.recordedAt),
        nonce: BigInt(attestation.nonce),
        deadline: BigInt(attestation.deadline),
      },
      signature: signature as Hex,
    },
  };
}
