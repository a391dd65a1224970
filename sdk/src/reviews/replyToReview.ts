import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import { cidToHex } from "../shops/encoding.ts";

export type ReplyToReviewParameters = { orderId: bigint /** CID of the reply text document. */; textCid: string };
export type ReplyToReviewReturnType = WriteResult;

/**
 * A manager of the reviewed shop replies to an order's review, once.
 * @example await replyToReview(merchantWallet, deployment, { orderId, textCid: "bafkrei…" })
 */
export async function replyToReview(
  client: MarketWalletClient,
  deployment: Deployment,
  { orderId, textCid }: ReplyToReviewParameters,
): Promise<ReplyToReviewReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).reviews,
    functionName: "reply",
    args: [orderId, cidToHex(textCid)],
  });
}
