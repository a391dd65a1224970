import { parseReview, postReview as postReviewOnChain } from "@grandrue/sdk";
import { type OrderActionData, orderActionQueries } from "../../../market/index.ts";
import type { MarketTransaction } from "../../../transaction/index.ts";
import { shopReviewsKey } from "../../shops/index.ts";

export type ReviewData = OrderActionData & { rating: number; text: string };

/** The buyer's review: the text as a `grandrue.review/1` document on IPFS, the rating and its CID on-chain. */
const postReview = {
  title: ({ shopName }, t) => t("orders:actions.review.title", { shop: shopName }),
  displayItems: ({ shopName, rating, text }, t) => [
    { label: t("orders:actions.shop"), value: shopName },
    { label: t("orders:actions.review.rating"), value: t("orders:actions.review.stars", { count: rating }) },
    ...(text === "" ? [] : [{ label: t("orders:actions.review.text"), value: text }]),
    { label: t("orders:actions.review.public"), value: t("orders:actions.review.publicValue") },
  ],
  async transaction({ walletClient, deployment, ipfs }, { orderId, terms, rating, text }) {
    const review = parseReview({
      schema: "grandrue.review/1",
      orderId: orderId.toString(),
      rating,
      text,
      createdAt: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
    });
    const textCid = await ipfs.addJson(review);
    return postReviewOnChain(walletClient, deployment, { terms, rating, textCid });
  },
  successMessage: (_data, _result, t) => t("orders:actions.review.done"),
  invalidates: ({ terms }, chainId) => [...orderActionQueries(chainId), shopReviewsKey(chainId, terms.shopId)],
} satisfies MarketTransaction<ReviewData>;

export default postReview;
