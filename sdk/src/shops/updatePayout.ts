import type { Address } from "viem";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";

export type UpdatePayoutParameters = { shopId: bigint; payout: Address };
export type UpdatePayoutReturnType = WriteResult;

/**
 * Changes where the shop's future orders pay out; orders already paid keep the payout they committed to.
 * @example await updatePayout(merchantWallet, deployment, { shopId, payout: cooperativeSafe })
 */
export async function updatePayout(
  client: MarketWalletClient,
  deployment: Deployment,
  { shopId, payout }: UpdatePayoutParameters,
): Promise<UpdatePayoutReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).registry,
    functionName: "updatePayout",
    args: [shopId, payout],
  });
}
