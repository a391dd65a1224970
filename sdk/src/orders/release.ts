import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import type { OrderTerms } from "./types.ts";

export type ReleaseParameters = { terms: OrderTerms };
export type ReleaseReturnType = WriteResult;

/**
 * The buyer releases the money to the shop at once, from any status before completion (`Paid` to `Delivered`).
 * The carrier is paid if it picked the goods up; otherwise an unpaid delivery fee returns to the buyer.
 * @example await release(buyerWallet, deployment, { terms })
 */
export async function release(
  client: MarketWalletClient,
  deployment: Deployment,
  { terms }: ReleaseParameters,
): Promise<ReleaseReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "release",
    args: [terms],
  });
}
