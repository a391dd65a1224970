import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import type { OrderTerms } from "./types.ts";

export type ResolveTimedOutParameters = { terms: OrderTerms };
export type ResolveTimedOutReturnType = WriteResult;

/**
 * Anyone ends a dispute that neither settled nor got a ruling by its deadline: the amount is split evenly (an unpaid
 * delivery fee returns to the buyer).
 * @example await resolveTimedOut(anyWallet, deployment, { terms })
 */
export async function resolveTimedOut(
  client: MarketWalletClient,
  deployment: Deployment,
  { terms }: ResolveTimedOutParameters,
): Promise<ResolveTimedOutReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "resolveTimedOut",
    args: [terms],
  });
}
