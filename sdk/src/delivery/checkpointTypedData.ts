import type { Deployment } from "../deployment.ts";
import type { CheckpointAttestation } from "./types.ts";

/** The EIP-712 types of a relayed checkpoint, as the attestations contract's `CHECKPOINT_TYPEHASH` defines them. */
export const checkpointAttestationTypes = {
  CheckpointAttestation: [
    { name: "escrow", type: "address" },
    { name: "orderId", type: "uint256" },
    { name: "checkpoint", type: "uint8" },
    { name: "code", type: "bytes32" },
    { name: "recordedAt", type: "uint64" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

/**
 * The EIP-712 typed data a carrier signs for a checkpoint: domain "Grandrue Delivery" version 2 on the
 * deployment's chain, verified by its attestations contract.
 * @example const signature = await account.signTypedData(checkpointTypedData(deployment, attestation))
 */
export function checkpointTypedData(deployment: Deployment, attestation: CheckpointAttestation) {
  return {
    domain: {
      name: "Grandrue Delivery",
      version: "2",
      chainId: deployment.chainId,
      verifyingContract: deployment.contracts.DeliveryAttestations.address,
    },
    types: checkpointAttestationTypes,
    primaryType: "CheckpointAttestation",
    message: attestation,
  } as const;
}
