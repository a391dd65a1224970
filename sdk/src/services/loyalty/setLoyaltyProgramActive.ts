import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import { loyaltyContract, type ServiceDeployment } from "../serviceContracts.ts";

export type SetLoyaltyProgramActiveParameters = { shopId: bigint; isActive: boolean };
export type SetLoyaltyProgramActiveReturnType = WriteResult;

/**
 * A shop manager pauses (no stamps are earned) or resumes its program; rewards stay redeemable while paused.
 * @example await setLoyaltyProgramActive(merchantWallet, loyalty, { shopId, isActive: false })
 */
export async function setLoyaltyProgramActive(
  client: MarketWalletClient,
  loyalty: ServiceDeployment,
  { shopId, isActive }: SetLoyaltyProgramActiveParameters,
): Promise<SetLoyaltyProgramActiveReturnType> {
  return writeMarketContract(client, {
    ...loyaltyContract(loyalty),
    functionName: "setProgramActive",
    args: [shopId, isActive],
  });
}
