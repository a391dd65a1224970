import type { Hex } from "viem";
import { signTypedData } from "viem/actions";
import { asMarketError } from "../chain/asMarketError.ts";
import type { MarketSigner } from "../chain/writeMarketContract.ts";
import type { Deployment } from "../deployment.ts";
import { orderIdOf } from "../orders/orderIdOf.ts";
import type { OrderTerms } from "../orders/types.ts";
import { cidToHex } from "../shops/encoding.ts";

/** A review the buyer signed; anyone posts it with {@link postReviewBySig} (reviews are sponsored: no fee). */
export type SignedReview = {
  terms: OrderTerms;
  rating: number;
  textCid: string;
  nonce: bigint;
  deadline: bigint;
  signature: Hex;
};

export type SignReviewParameters = Omit<SignedReview, "signature">;

/** The EIP-712 types of a signed review, as the reviews contract's `REVIEW_TYPEHASH` defines them. */
export const reviewTypes = {
  Review: [
    { name: "orderId", type: "uint256" },
    { name: "rating", type: "uint8" },
    { name: "textCid", type: "bytes" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

/**
 * The typed data a buyer signs to review an order: domain "Grandrue Reviews" version 2 on the deployment's chain.
 * @example const typedData = reviewTypedData(deployment, { orderId, rating: 5, textCid, nonce: 0n, deadline })
 */
export function reviewTypedData(
  deployment: Deployment,
  message: { orderId: bigint; rating: number; textCid: string; nonce: bigint; deadline: bigint },
) {
  return {
    domain: {
      name: "Grandrue Reviews",
      version: "2",
      chainId: deployment.chainId,
      verifyingContract: deployment.contracts.Reviews.address,
    },
    types: reviewTypes,
    primaryType: "Review",
    message: { ...message, textCid: cidToHex(message.textCid) },
  } as const;
}

/**
 * The buyer signs a review offline (no gas); anyone then posts it with {@link postReviewBySig} before `deadline`.
 * @example const signed = await signReview(buyerWallet, deployment, { terms, rating: 5, textCid, nonce: 0n, deadline })
 */
export async function signReview(
  client: MarketSigner,
  deployment: Deployment,
  parameters: SignReviewParameters,
): Promise<SignedReview> {
  const { terms, rating, textCid, nonce, deadline } = parameters;
  try {
    const signature = await signTypedData(client, {
      account: client.account,
      ...reviewTypedData(deployment, { orderId: orderIdOf(terms), rating, textCid, nonce, deadline }),
    });
    return { ...parameters, signature };
  } catch (error) {
    throw asMarketError(error);
  }
}
