import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import type { OrderTerms } from "./types.ts";

export type AcceptParameters = { terms: OrderTerms };
export type AcceptReturnType = WriteResult;

/**
 * The shop accepts a paid order (its manager signs): it agrees to the order's terms and must ship within its ship
 * window. Check the terms first with {@link checkOrderTermsForShop}.
 * @example await accept(merchantWallet, deployment, { terms })
 */
export async function accept(
  client: MarketWalletClient,
  deployment: Deployment,
  { terms }: AcceptParameters,
): Promise<AcceptReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "accept",
    args: [terms],
  });
}
