import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import { cidToHex } from "../../shops/encoding.ts";
import { loyaltyContract, type ServiceDeployment } from "../serviceContracts.ts";

export type RegisterLoyaltyProgramParameters = {
  shopId: bigint;
  /** Stamps each completed order earns (1–100, fixed for the program's life). */
  stampsPerOrder: number;
  /** Stamps one reward takes. */
  rewardThreshold: number;
  /** CID of the document describing the reward ("a free loaf after 10 stamps"). */
  rewardCid: string;
};
export type RegisterLoyaltyProgramReturnType = WriteResult;

/**
 * A shop manager opens the shop's stamp program. Then set the loyalty contract as the shop's completion hook
 * (`setOrderHook(client, deployment, { shopId, hook: loyalty.address })`) so stamps come at completion.
 * @example await registerLoyaltyProgram(merchantWallet, loyalty, { shopId, stampsPerOrder: 1, rewardThreshold: 10, rewardCid })
 */
export async function registerLoyaltyProgram(
  client: MarketWalletClient,
  loyalty: ServiceDeployment,
  { shopId, stampsPerOrder, rewardThreshold, rewardCid }: RegisterLoyaltyProgramParameters,
): Promise<RegisterLoyaltyProgramReturnType> {
  return writeMarketContract(client, {
    ...loyaltyContract(loyalty),
    functionName: "registerProgram",
    args: [shopId, stampsPerOrder, rewardThreshold, cidToHex(rewardCid)],
  });
}
