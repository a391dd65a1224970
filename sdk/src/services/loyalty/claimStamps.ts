import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import type { OrderTerms } from "../../orders/types.ts";
import { loyaltyContract, type ServiceDeployment } from "../serviceContracts.ts";

export type ClaimStampsParameters = { orderId: bigint; terms: OrderTerms };
export type ClaimStampsReturnType = WriteResult;

/**
 * Stamps a completed order the shop accepted that earned nothing at completion (the loyalty contract was not its
 * hook). Anyone may send it; the stamps go to the order's buyer.
 * @example await claimStamps(buyerWallet, loyalty, { orderId, terms })
 */
export async function claimStamps(
  client: MarketWalletClient,
  loyalty: ServiceDeployment,
  { orderId, terms }: ClaimStampsParameters,
): Promise<ClaimStampsReturnType> {
  return writeMarketContract(client, {
    ...loyaltyContract(loyalty),
    functionName: "claimStamps",
    args: [orderId, terms],
  });
}
