import type { MarketReadClient } from "../chain/client.ts";
import { deploymentBlock } from "../chain/deploymentBlocks.ts";
import { getLogsInRanges } from "../chain/getLogsInRanges.ts";
import { carrierEvents } from "../chain/marketEvents.ts";
import type { Deployment } from "../deployment.ts";
import { type CarrierDetails, carriersFromLogs } from "./carrierRecords.ts";

export type ListCarriersParameters = { /** Forwarded to {@link getLogsInRanges}. */ blockRange?: bigint };
export type ListCarriersReturnType = CarrierDetails[];

/**
 * Every registered carrier with its latest profile, in registration order (for a shop choosing whom to accept, or a
 * buyer choosing a carrier the shop accepts).
 * @example const carriers = await listCarriers(publicClient, deployment)
 */
export async function listCarriers(
  client: MarketReadClient,
  deployment: Deployment,
  { blockRange }: ListCarriersParameters = {},
): Promise<ListCarriersReturnType> {
  const logs = await getLogsInRanges(client, {
    address: deployment.contracts.DeliveryAttestations.address,
    events: carrierEvents,
    fromBlock: deploymentBlock(deployment, "DeliveryAttestations"),
    blockRange,
  });
  return carriersFromLogs(client, logs);
}
