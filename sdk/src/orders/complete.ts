import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import type { OrderTerms } from "./types.ts";

export type CompleteParameters = { terms: OrderTerms };
export type CompleteReturnType = WriteResult;

/**
 * Anyone completes an order whose return window passed (`Delivered` after its return deadline, or `Shipped` when the
 * delivery deadline plus the return window passed): the shop and the carrier are paid, the hook is called.
 * @example await complete(anyWallet, deployment, { terms })
 */
export async function complete(
  client: MarketWalletClient,
  deployment: Deployment,
  { terms }: CompleteParameters,
): Promise<CompleteReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "complete",
    args: [terms],
  });
}
