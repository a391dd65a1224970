import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import type { OrderTerms } from "../orders/types.ts";
import { cidToHex } from "../shops/encoding.ts";

export type PostReviewParameters = {
  terms: OrderTerms;
  /** 1 to 5 stars. */
  rating: number;
  /** CID of the review text document. */
  textCid: string;
};
export type PostReviewReturnType = WriteResult;

/**
 * The buyer reviews a delivered or completed order, once. The shop's on-chain count and rating sum include it.
 * @example await postReview(buyerWallet, deployment, { terms, rating: 5, textCid: "bafkrei…" })
 */
export async function postReview(
  client: MarketWalletClient,
  deployment: Deployment,
  { terms, rating, textCid }: PostReviewParameters,
): Promise<PostReviewReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).reviews,
    functionName: "review",
    args: [terms, rating, cidToHex(textCid)],
  });
}
