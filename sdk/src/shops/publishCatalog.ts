import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import { cidToHex } from "./encoding.ts";

export type PublishCatalogParameters = { shopId: bigint; catalogCid: string };
export type PublishCatalogReturnType = WriteResult;

/**
 * Publishes a new catalog document for a shop the caller manages.
 * @example await publishCatalog(merchantWallet, deployment, { shopId, catalogCid: "bafkrei…" })
 */
export async function publishCatalog(
  client: MarketWalletClient,
  deployment: Deployment,
  { shopId, catalogCid }: PublishCatalogParameters,
): Promise<PublishCatalogReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).registry,
    functionName: "publishCatalog",
    args: [shopId, cidToHex(catalogCid)],
  });
}
