import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import { cidToHex } from "../../shops/encoding.ts";
import { loyaltyContract, type ServiceDeployment } from "../serviceContracts.ts";

export type UpdateLoyaltyRewardParameters = { shopId: bigint; rewardThreshold: number; rewardCid: string };
export type UpdateLoyaltyRewardReturnType = WriteResult;

/**
 * A shop manager changes the reward: the stamps it takes and its description. Stamps per order never change.
 * @example await updateLoyaltyReward(merchantWallet, loyalty, { shopId, rewardThreshold: 8, rewardCid })
 */
export async function updateLoyaltyReward(
  client: MarketWalletClient,
  loyalty: ServiceDeployment,
  { shopId, rewardThreshold, rewardCid }: UpdateLoyaltyRewardParameters,
): Promise<UpdateLoyaltyRewardReturnType> {
  return writeMarketContract(client, {
    ...loyaltyContract(loyalty),
    functionName: "updateReward",
    args: [shopId, rewardThreshold, cidToHex(rewardCid)],
  });
}
