import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import type { OrderTerms } from "./types.ts";

export type DeclineParameters = {
  terms: OrderTerms;
  /** Shown to the buyer (at most 280 bytes), e.g. the mismatches {@link checkOrderTermsForShop} found. */
  reason?: string;
};
export type DeclineReturnType = WriteResult;

/**
 * The shop declines a paid order (its manager signs); the buyer is refunded in full, delivery fee included.
 * @example await decline(merchantWallet, deployment, { terms, reason: "Out of stock" })
 */
export async function decline(
  client: MarketWalletClient,
  deployment: Deployment,
  { terms, reason = "" }: DeclineParameters,
): Promise<DeclineReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "decline",
    args: [terms, reason],
  });
}
