import type { MarketReadClient } from "../chain/client.ts";
import { readMarketContract } from "../chain/readMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import { type Checkpoint, checkpointName } from "../orders/types.ts";

/** The latest checkpoint a carrier recorded for an order. */
export type LastCheckpoint = {
  /** `None` when nothing was recorded. */
  checkpoint: Checkpoint;
  /** When the courier recorded it, by its own clock (unix seconds). */
  recordedAt: number;
  /** When it reached the chain (unix seconds). */
  attestedAt: number;
};

export type GetLastCheckpointParameters = { orderId: bigint };

/**
 * The last checkpoint recorded for an order at the deployment's escrow, in one read (no log scan): what a service or
 * a shop's screen needs to know where a parcel is.
 * @example const { checkpoint } = await getLastCheckpoint(publicClient, deployment, { orderId }) // "OutForDelivery"
 */
export async function getLastCheckpoint(
  client: MarketReadClient,
  deployment: Deployment,
  { orderId }: GetLastCheckpointParameters,
): Promise<LastCheckpoint> {
  const last = await readMarketContract(client, {
    ...marketContracts(deployment).attestations,
    functionName: "lastCheckpoint",
    args: [deployment.contracts.Escrow.address, orderId],
  });
  return {
    checkpoint: checkpointName(last.checkpoint),
    recordedAt: Number(last.recordedAt),
    attestedAt: last.attestedAt,
  };
}
