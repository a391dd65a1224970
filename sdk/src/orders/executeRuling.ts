import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import type { OrderTerms } from "./types.ts";

export type ExecuteRulingParameters = { terms: OrderTerms };
export type ExecuteRulingReturnType = WriteResult;

/**
 * Anyone pays out the ruling an ERC-792 arbitrator gave through `rule` (1 refunds the buyer, 2 pays the shop, 0
 * splits evenly). Not needed after {@link giveOrderRuling}, which pays out in the same transaction.
 * @example await executeRuling(anyWallet, deployment, { terms })
 */
export async function executeRuling(
  client: MarketWalletClient,
  deployment: Deployment,
  { terms }: ExecuteRulingParameters,
): Promise<ExecuteRulingReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "executeRuling",
    args: [terms],
  });
}
