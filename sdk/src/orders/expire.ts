import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import type { OrderTerms } from "./types.ts";

export type ExpireParameters = { terms: OrderTerms };
export type ExpireReturnType = WriteResult;

/**
 * Anyone ends an order whose accept deadline (`Paid`) or ship deadline (`Accepted`) passed; the buyer is refunded
 * in full. Throws `DeadlineNotReached` before.
 * @example if (getOrderAbilities(state, terms, viewer).canExpire) await expire(anyWallet, deployment, { terms })
 */
export async function expire(
  client: MarketWalletClient,
  deployment: Deployment,
  { terms }: ExpireParameters,
): Promise<ExpireReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "expire",
    args: [terms],
  });
}
