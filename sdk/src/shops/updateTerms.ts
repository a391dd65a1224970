import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import type { ShopTerms } from "./types.ts";

export type UpdateTermsParameters = { shopId: bigint; terms: ShopTerms };
export type UpdateTermsReturnType = WriteResult;

/**
 * Changes the service windows (hours, each at least 1) of the shop's future orders.
 * @example await updateTerms(merchantWallet, deployment, { shopId, terms: { acceptHours: 24, shipHours: 48, deliveryHours: 72, returnHours: 168 } })
 */
export async function updateTerms(
  client: MarketWalletClient,
  deployment: Deployment,
  { shopId, terms }: UpdateTermsParameters,
): Promise<UpdateTermsReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).registry,
    functionName: "updateTerms",
    args: [shopId, terms],
  });
}
