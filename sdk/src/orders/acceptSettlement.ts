import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import type { OrderTerms } from "./types.ts";

export type AcceptSettlementParameters = {
  terms: OrderTerms;
  /** The amount of the standing offer (see `getOrderState(...).settlementOffer`), so a changed offer is not accepted. */
  buyerAmount: bigint;
};
export type AcceptSettlementReturnType = WriteResult;

/**
 * The other side accepts the standing settlement offer and the split is paid out at once.
 * Throws `NoSettlementOffer` when the other side has no offer of exactly `buyerAmount`.
 * @example await acceptSettlement(buyerWallet, deployment, { terms, buyerAmount: offer.buyerAmount })
 */
export async function acceptSettlement(
  client: MarketWalletClient,
  deployment: Deployment,
  { terms, buyerAmount }: AcceptSettlementParameters,
): Promise<AcceptSettlementReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "acceptSettlement",
    args: [terms, buyerAmount],
  });
}
