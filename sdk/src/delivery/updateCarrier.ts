import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import { cidToHex } from "../shops/encoding.ts";

export type UpdateCarrierParameters = { /** CID of the carrier's new profile document. */ profileCid: string };
export type UpdateCarrierReturnType = WriteResult;

/**
 * Publishes a new profile for the calling carrier (registered first with {@link registerCarrier}).
 * @example await updateCarrier(courierWallet, deployment, { profileCid: "bafkrei…" })
 */
export async function updateCarrier(
  client: MarketWalletClient,
  deployment: Deployment,
  { profileCid }: UpdateCarrierParameters,
): Promise<UpdateCarrierReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).attestations,
    functionName: "updateCarrier",
    args: [cidToHex(profileCid)],
  });
}
