import type { Address, Hex } from "viem";
import type { MarketReadClient } from "../chain/client.ts";
import { deploymentBlock } from "../chain/deploymentBlocks.ts";
import { getLogsInRanges } from "../chain/getLogsInRanges.ts";
import { reviewEvents } from "../chain/marketEvents.ts";
import { positionEvents } from "../chain/positionEvents.ts";
import { readMarketContract } from "../chain/readMarketContract.ts";
import { toTopic } from "../chain/topics.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import { cidFromHex } from "../shops/encoding.ts";

/** The shop's reply to a review. */
export type ShopReviewReply = { by: Address; textCid: string | undefined; postedAt: number; transactionHash: Hex };

/**
 * A review of a real purchase: only the buyer of an order the shop accepted, and that ended with the shop paid, can
 * post it. What it does not prove: that buyer and shop are strangers (a shop can buy from itself through throwaway
 * addresses for the cost of gas), hence the order's amount beside it and the count of distinct buyers.
 */
export type ShopReview = {
  orderId: bigint;
  buyer: Address;
  rating: number;
  /** The reviewed order's token and amount (delivery fee excluded): what the review cost its author. */
  token: Address;
  amount: bigint;
  /** CID of the text document, `undefined` when the bytes on chain are not a CID. */
  textCid: string | undefined;
  postedAt: number;
  transactionHash: Hex;
  reply?: ShopReviewReply;
};

/** A shop's on-chain rating and its reviews, oldest first. */
export type ShopReviews = {
  count: number;
  ratingSum: number;
  /** The mean rating (1–5), `undefined` without reviews. */
  averageRating: number | undefined;
  /** How many different addresses posted the reviews: few buyers behind many reviews is worth a look. */
  distinctBuyers: number;
  reviews: ShopReview[];
};

export type GetShopReviewsParameters = {
  shopId: bigint /** Forwarded to {@link getLogsInRanges}. */;
  blockRange?: bigint;
};
export type GetShopReviewsReturnType = ShopReviews;

/**
 * A shop's reviews with the shop's replies, the amount of the order behind each and how many distinct buyers wrote
 * them, and its rating as the reviews contract counts it.
 * @example const { averageRating, reviews } = await getShopReviews(publicClient, deployment, { shopId })
 */
export async function getShopReviews(
  client: MarketReadClient,
  deployment: Deployment,
  { shopId, blockRange }: GetShopReviewsParameters,
): Promise<GetShopReviewsReturnType> {
  const { reviews: reviewsContract } = marketContracts(deployment);
  const [[count, ratingSum], logs] = await Promise.all([
    readMarketContract(client, { ...reviewsContract, functionName: "shopRating", args: [shopId] }),
    getLogsInRanges(client, {
      address: reviewsContract.address,
      events: reviewEvents,
      topics: [null, toTopic(shopId)],
      fromBlock: deploymentBlock(deployment, "Reviews"),
      blockRange,
    }),
  ]);
  const entries = await positionEvents(
    client,
    logs.map((log) => ({ log, event: log })),
  );
  const byOrder = new Map<bigint, ShopReview>();
  for (const entry of entries) {
    const textCid = cidFromHex(entry.args.textCid);
    if (entry.eventName === "ReviewPosted") {
      const { orderId, buyer, rating, token, amount } = entry.args;
      byOrder.set(orderId, {
        orderId,
        buyer,
        rating,
        token,
        amount,
        textCid,
        postedAt: entry.timestamp,
        transactionHash: entry.transactionHash,
      });
    } else {
      const review = byOrder.get(entry.args.orderId);
      if (review !== undefined)
        review.reply = {
          by: entry.args.by,
          textCid,
          postedAt: entry.timestamp,
          transactionHash: entry.transactionHash,
        };
    }
  }
  return {
    count: Number(count),
    ratingSum: Number(ratingSum),
    averageRating: count === 0n ? undefined : Number(ratingSum) / Number(count),
    distinctBuyers: new Set([...byOrder.values()].map((review) => review.buyer.toLowerCase())).size,
    reviews: [...byOrder.values()],
  };
}
