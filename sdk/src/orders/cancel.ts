import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import type { OrderTerms } from "./types.ts";

export type CancelParameters = { terms: OrderTerms };
export type CancelReturnType = WriteResult;

/**
 * The buyer cancels an order the shop has not accepted yet (`Paid`) and is refunded in full, delivery fee included.
 * @example await cancel(buyerWallet, deployment, { terms })
 */
export async function cancel(
  client: MarketWalletClient,
  deployment: Deployment,
  { terms }: CancelParameters,
): Promise<CancelReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "cancel",
    args: [terms],
  });
}
