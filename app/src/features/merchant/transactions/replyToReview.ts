import { parseReviewReply, REVIEW_REPLY_SCHEMA_ID, replyToReview } from "@grandrue/sdk";
import type { MarketTransaction } from "../../../transaction/index.ts";

export type ReplyToReviewData = { orderId: bigint; shopId: bigint; text: string };

/** Publishes the shop's public answer to a review (`grandrue.review-reply/1` on IPFS), once per review. */
export default {
  title: (_, t) => t("merchant:reviews.reply.title"),
  displayItems: ({ text }, t) => [
    { label: t("merchant:reviews.reply.text"), value: text },
    { label: t("merchant:reviews.reply.once"), value: t("merchant:reviews.reply.onceText") },
  ],
  transaction: async ({ walletClient, deployment, ipfs }, { orderId, text }) => {
    const reply = parseReviewReply({
      schema: REVIEW_REPLY_SCHEMA_ID,
      orderId: orderId.toString(),
      text,
      createdAt: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
    });
    const textCid = await ipfs.addJson(reply);
    await replyToReview(walletClient, deployment, { orderId, textCid });
  },
  successMessage: (_, __, t) => t("merchant:reviews.reply.done"),
  invalidates: ({ shopId }, chainId) => [["shopReviews", chainId, shopId.toString()]],
} satisfies MarketTransaction<ReplyToReviewData>;
