import type { Hex } from "viem";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import { loyaltyContract, type ServiceDeployment } from "../serviceContracts.ts";
import type { RewardRedemption } from "./redemptionTypedData.ts";

export type RedeemRewardParameters = { redemption: RewardRedemption; signature: Hex };
export type RedeemRewardReturnType = WriteResult;

/**
 * A shop manager redeems one reward with the buyer's signed consent ({@link signRewardRedemption}): the reward's
 * stamps leave the buyer's card, and the shop hands the reward over.
 * @example await redeemReward(merchantWallet, loyalty, { redemption, signature })
 */
export async function redeemReward(
  client: MarketWalletClient,
  loyalty: ServiceDeployment,
  { redemption, signature }: RedeemRewardParameters,
): Promise<RedeemRewardReturnType> {
  return writeMarketContract(client, {
    ...loyaltyContract(loyalty),
    functionName: "redeemReward",
    args: [redemption, signature],
  });
}
