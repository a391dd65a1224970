import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import { cidToHex } from "../shops/encoding.ts";

export type RegisterCarrierParameters = { /** CID of the carrier's profile document. */ profileCid: string };
export type RegisterCarrierReturnType = WriteResult;

/**
 * Registers the caller as a carrier, with its profile (name, service area, fees) on IPFS. Permissionless.
 * @example await registerCarrier(courierWallet, deployment, { profileCid: "bafkrei…" })
 */
export async function registerCarrier(
  client: MarketWalletClient,
  deployment: Deployment,
  { profileCid }: RegisterCarrierParameters,
): Promise<RegisterCarrierReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).attestations,
    functionName: "registerCarrier",
    args: [cidToHex(profileCid)],
  });
}
