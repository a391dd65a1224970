import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import { cidToHex } from "../shops/encoding.ts";
import type { SignedReview } from "./signReview.ts";

export type PostReviewBySigReturnType = WriteResult;

/**
 * Anyone posts a review the buyer signed with {@link signReview} (`reviewBySig`); the event names the buyer. Throws
 * `SignatureExpired`, `NonceAlreadyUsed` or `InvalidSignature` when the signature cannot be used.
 * @example await postReviewBySig(relayerWallet, deployment, signed)
 */
export async function postReviewBySig(
  client: MarketWalletClient,
  deployment: Deployment,
  { terms, rating, textCid, nonce, deadline, signature }: SignedReview,
): Promise<PostReviewBySigReturnType> {
  return writeMarketContract(client, {
    ...marketContracts(deployment).reviews,
    functionName: "reviewBySig",
    args: [terms, rating, cidToHex(textCid), nonce, deadline, signature],
  });
}
