import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import { bondsContract, type ServiceDeployment } from "../serviceContracts.ts";

export type CloseLapsedClaimParameters = { orderId: bigint };
export type CloseLapsedClaimReturnType = WriteResult;

/**
 * Anyone ends a claim whose arbitrator gave no ruling within the claim timeout: it lapses unpaid and unlocks the bond.
 * @example await closeLapsedClaim(anyWallet, bonds, { orderId })
 */
export async function closeLapsedClaim(
  client: MarketWalletClient,
  bonds: ServiceDeployment,
  { orderId }: CloseLapsedClaimParameters,
): Promise<CloseLapsedClaimReturnType> {
  return writeMarketContract(client, { ...bondsContract(bonds), functionName: "closeLapsedClaim", args: [orderId] });
}
