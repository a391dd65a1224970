import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import type { OrderTerms } from "./types.ts";

export type ProposeSettlementParameters = {
  terms: OrderTerms;
  /** The part of the order's amount that goes back to the buyer (at most `terms.amount`); the shop gets the rest. */
  buyerAmount: bigint;
};
export type ProposeSettlementReturnType = WriteResult;

/**
 * The buyer or the shop offers to settle a dispute; the offer replaces the caller's side's previous one and the
 * other side accepts it with {@link acceptSettlement}. An unpaid delivery fee always returns to the buyer.
 * @example await proposeSettlement(merchantWallet, deployment, { terms, buyerAmount: terms.amount / 2n })
 */
export async function proposeSettlement(
  client: MarketWalletClient,
  deployment: Deployment,
  { terms, buyerAmount }: ProposeSettlementParameters,
): Promise<ProposeSettlementReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "proposeSettlement",
    args: [terms, buyerAmount],
  });
}
