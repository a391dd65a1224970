import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../../chain/writeMarketContract.ts";
import { loyaltyContract, type ServiceDeployment } from "../serviceContracts.ts";

export type InvalidateRedemptionNonceParameters = { nonce: bigint };
export type InvalidateRedemptionNonceReturnType = WriteResult;

/**
 * The buyer revokes a consent they signed but the shop has not used, by burning its nonce.
 * @example await invalidateRedemptionNonce(buyerWallet, loyalty, { nonce: signed.redemption.nonce })
 */
export async function invalidateRedemptionNonce(
  client: MarketWalletClient,
  loyalty: ServiceDeployment,
  { nonce }: InvalidateRedemptionNonceParameters,
): Promise<InvalidateRedemptionNonceReturnType> {
  return writeMarketContract(client, { ...loyaltyContract(loyalty), functionName: "invalidateNonce", args: [nonce] });
}
