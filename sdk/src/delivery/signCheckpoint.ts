import { bytesToBigInt, type Hex, zeroHash } from "viem";
import { signTypedData } from "viem/actions";
import { asMarketError } from "../chain/asMarketError.ts";
import type { MarketSigner } from "../chain/writeMarketContract.ts";
import type { Deployment } from "../deployment.ts";
import { checkpointTypedData } from "./checkpointTypedData.ts";
import { checkpointValue, type RecordableCheckpoint, type SignedCheckpoint } from "./types.ts";

export type SignCheckpointParameters = {
  orderId: bigint;
  checkpoint: RecordableCheckpoint;
  /** The buyer's delivery proof (`toDeliveryProof` of the delivery code), required for `Delivered`. */
  deliveryProof?: Hex;
  /** When the courier recorded it, unix seconds (its own clock, for display); defaults to now. */
  recordedAt?: number;
  /** Unix seconds after which the signature cannot be relayed; defaults to 7 days after `recordedAt`. */
  deadline?: bigint;
  /** An unused nonce of the carrier; defaults to a random 256-bit one (nonces are unordered). */
  nonce?: bigint;
};
export type SignCheckpointReturnType = SignedCheckpoint;

const DEFAULT_VALIDITY_SECONDS = 7n * 24n * 3600n;

function randomNonce(): bigint {
  return bytesToBigInt(crypto.getRandomValues(new Uint8Array(32)));
}

/**
 * The order's carrier signs a checkpoint offline (no gas, no transaction); anyone then relays it with
 * {@link relayCheckpoint}, in any order, until its deadline. Revoke an unrelayed one with {@link invalidateNonce}.
 * @example
 * const signed = await signCheckpoint(courierWallet, deployment, { orderId, checkpoint: "Delivered", deliveryProof })
 * await relayCheckpoint(shopWallet, deployment, { ...signed, terms })
 */
export async function signCheckpoint(
  client: MarketSigner,
  deployment: Deployment,
  parameters: SignCheckpointParameters,
): Promise<SignCheckpointReturnType> {
  const recordedAt = parameters.recordedAt ?? Math.floor(Date.now() / 1000);
  const attestation = {
    escrow: deployment.contracts.Escrow.address,
    orderId: parameters.orderId,
    checkpoint: checkpointValue(parameters.checkpoint),
    code: parameters.deliveryProof ?? zeroHash,
    recordedAt: BigInt(recordedAt),
    nonce: parameters.nonce ?? randomNonce(),
    deadline: parameters.deadline ?? BigInt(recordedAt) + DEFAULT_VALIDITY_SECONDS,
  };
  try {
    const signature = await signTypedData(client, {
      account: client.account,
      ...checkpointTypedData(deployment, attestation),
    });
    return { attestation, signature };
  } catch (error) {
    throw asMarketError(error);
  }
}
