import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import type { OrderTerms } from "./types.ts";

export type MarkShippedParameters = { terms: OrderTerms };
export type MarkShippedReturnType = WriteResult;

/**
 * The shop hands over an order it delivers itself (no carrier) before its ship deadline; the delivery window starts.
 * @example await markShipped(merchantWallet, deployment, { terms })
 */
export async function markShipped(
  client: MarketWalletClient,
  deployment: Deployment,
  { terms }: MarkShippedParameters,
): Promise<MarkShippedReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "markShipped",
    args: [terms],
  });
}
