import {
  findUnusedNonce,
  type IpfsClient,
  parseReview,
  postReview as postReviewOnChain,
  signReview,
} from "@grandrue/sdk";
import { type OrderActionData, orderActionQueries } from "../../../market/index.ts";
import { signatureDeadline } from "../../../relaying/index.ts";
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
  async transaction({ walletClient, deployment, ipfs }, data) {
    const textCid = await publishReviewText(ipfs, data);
    return postReviewOnChain(walletClient, deployment, { terms: data.terms, rating: data.rating, textCid });
  },
  successMessage: (_data, _result, t) => t("orders:actions.review.done"),
  invalidates: ({ terms }, chainId) => [...orderActionQueries(chainId), shopReviewsKey(chainId, terms.shopId)],
  relayed: {
    // Reviews move no money: relayers take them without a fee, sponsored by the order's shop.
    quote: ({ terms }) => ({ kind: "review", token: terms.token }),
    async sign({ walletClient, publicClient, deployment, ipfs }, data) {
      const textCid = await publishReviewText(ipfs, data);
      const owner = walletClient.account.address;
      const [nonce, deadline] = await Promise.all([
        findUnusedNonce(publicClient, { contract: deployment.contracts.Reviews.address, owner }),
        signatureDeadline(publicClient),
      ]);
      const signed = await signReview(walletClient, deployment, {
        terms: data.terms,
        rating: data.rating,
        textCid,
        nonce,
        deadline,
      });
      return { intent: { kind: "review", ...signed }, finish: async () => undefined };
    },
  },
} satisfies MarketTransaction<ReviewData>;

/** The review's text as a `grandrue.review/1` document on IPFS; its CID goes on-chain with the rating. */
function publishReviewText(ipfs: IpfsClient, { orderId, rating, text }: ReviewData): Promise<string> {
  const review = parseReview({
    schema: "grandrue.review/1",
    orderId: orderId.toString(),
    rating,
    text,
    createdAt: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
  });
  return ipfs.addJson(review);
}

export default postReview;
