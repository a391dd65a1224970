import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";

export type SetShopActiveParameters = { shopId: bigint; isActive: boolean };
export type SetShopActiveReturnType = WriteResult;

/**
 * Opens or closes a shop to new orders (checkout of an inactive shop is refused); open orders are unaffected.
 * @example await setShopActive(merchantWallet, deployment, { shopId, isActive: false }) // closed for holidays
 */
export async function setShopActive(
  client: MarketWalletClient,
  deployment: Deployment,
  { shopId, isActive }: SetShopActiveParameters,
): Promise<SetShopActiveReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).registry,
    functionName: "setActive",
    args: [shopId, isActive],
  });
}
