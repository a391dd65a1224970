import type { Address } from "viem";
import type { MarketReadClient } from "../chain/client.ts";
import { deploymentBlock } from "../chain/deploymentBlocks.ts";
import { getLogsInRanges } from "../chain/getLogsInRanges.ts";
import { carrierEvents } from "../chain/marketEvents.ts";
import { toTopic } from "../chain/topics.ts";
import type { Deployment } from "../deployment.ts";
import { type CarrierDetails, carriersFromLogs } from "./carrierRecords.ts";

export type GetCarrierParameters = {
  carrier: Address /** Forwarded to {@link getLogsInRanges}. */;
  blockRange?: bigint;
};
export type GetCarrierReturnType = CarrierDetails | undefined;

/**
 * A carrier's latest profile and its history, or `undefined` when the address never registered as a carrier.
 * @example const courier = await getCarrier(publicClient, deployment, { carrier: terms.carrier })
 */
export async function getCarrier(
  client: MarketReadClient,
  deployment: Deployment,
  { carrier, blockRange }: GetCarrierParameters,
): Promise<GetCarrierReturnType> {
  const logs = await getLogsInRanges(client, {
    address: deployment.contracts.DeliveryAttestations.address,
    events: carrierEvents,
    topics: [toTopic(carrier)],
    fromBlock: deploymentBlock(deployment, "DeliveryAttestations"),
    blockRange,
  });
  const [details] = await carriersFromLogs(client, logs);
  return details;
}
