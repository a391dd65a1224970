import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import { cidToHex, geohashToBytes12 } from "./encoding.ts";

export type UpdateShopMetadataParameters = { shopId: bigint; metadataCid: string; geohash?: string };
export type UpdateShopMetadataReturnType = WriteResult;

/**
 * Publishes a new metadata document and location for a shop the caller manages (owner or approved operator).
 * @example await updateShopMetadata(merchantWallet, deployment, { shopId, metadataCid: "bafkrei…", geohash: "u0k8m7q1" })
 */
export async function updateShopMetadata(
  client: MarketWalletClient,
  deployment: Deployment,
  { shopId, metadataCid, geohash }: UpdateShopMetadataParameters,
): Promise<UpdateShopMetadataReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).registry,
    functionName: "updateMetadata",
    args: [shopId, cidToHex(metadataCid), geohashToBytes12(geohash ?? "")],
  });
}
