import {
  accept,
  cidFromHex,
  confirmDelivery,
  findUnusedNonce,
  postReview,
  postReviewBySig,
  release,
  replyToReview,
  signReview,
} from "@grandrue/sdk";
import { reviewsAbi } from "@grandrue/sdk/abis";
import { parseEventLogs } from "viem";
import { beforeAll, describe, expect, test } from "vitest";
import { expectMarketError } from "../helpers/expectMarketError.ts";
import { cidOf, createMarket, type Market } from "../helpers/market.ts";

let market: Market;

beforeAll(async () => {
  market = await createMarket();
});

function reviews() {
  return { address: market.deployment.contracts.Reviews.address, abi: reviewsAbi } as const;
}

async function deliveredOrder() {
  const order = await market.placeOrder();
  await accept(market.accounts.merchant, market.deployment, order);
  await confirmDelivery(market.accounts.merchant, market.deployment, order);
  return order;
}

/** A purchase that ended with the shop paid: what a review needs. */
async function completedOrder() {
  const order = await deliveredOrder();
  await release(market.accounts.buyer, market.deployment, order);
  return order;
}

describe("postReview", () => {
  test("the buyer reviews a completed order, the event names the amount behind it and the shop's rating counts it", async () => {
    const order = await completedOrder();
    const textCid = cidOf("lovely bread");
    const { receipt } = await postReview(market.accounts.buyer, market.deployment, { ...order, rating: 4, textCid });
    const [posted] = parseEventLogs({ abi: reviewsAbi, eventName: "ReviewPosted", logs: receipt.logs });
    expect(cidFromHex(posted!.args.textCid)).toBe(textCid);
    expect({ token: posted!.args.token, amount: posted!.args.amount }).toEqual({
      token: order.terms.token,
      amount: order.terms.amount,
    });
    expect(
      await market.publicClient.readContract({ ...reviews(), functionName: "shopRating", args: [market.shopId] }),
    ).toEqual([1n, 4n]);
  });

  test("a second review of the same order reverts with AlreadyReviewed", async () => {
    const order = await completedOrder();
    await postReview(market.accounts.buyer, market.deployment, { ...order, rating: 5, textCid: cidOf("first") });
    const error = await expectMarketError(
      postReview(market.accounts.buyer, market.deployment, { ...order, rating: 1, textCid: cidOf("second") }),
      "AlreadyReviewed",
    );
    expect(error.args.orderId).toBe(order.orderId);
  });

  test("a delivered order whose money is still held cannot be reviewed yet: NotReviewable", async () => {
    const order = await deliveredOrder();
    await expectMarketError(
      postReview(market.accounts.buyer, market.deployment, { ...order, rating: 5, textCid: cidOf("too soon") }),
      "NotReviewable",
    );
  });

  test("anyone posts a review the buyer signed; the event names the buyer", async () => {
    const { buyer, stranger } = market.accounts;
    const order = await completedOrder();
    const nonce = await findUnusedNonce(market.publicClient, {
      contract: market.deployment.contracts.Reviews.address,
      owner: buyer.account.address,
    });
    const deadline = BigInt(await market.now()) + 3600n;
    const signed = await signReview(buyer, market.deployment, {
      terms: order.terms,
      rating: 5,
      textCid: cidOf("signed review"),
      nonce,
      deadline,
    });
    const { receipt } = await postReviewBySig(stranger, market.deployment, signed);
    const [posted] = parseEventLogs({ abi: reviewsAbi, eventName: "ReviewPosted", logs: receipt.logs });
    expect(posted!.args.buyer).toBe(buyer.account.address);
    await expectMarketError(postReviewBySig(stranger, market.deployment, signed), "NonceAlreadyUsed");
  });

  test("an order not delivered yet cannot be reviewed: NotReviewable", async () => {
    const order = await market.placeOrder();
    await expectMarketError(
      postReview(market.accounts.buyer, market.deployment, { ...order, rating: 1, textCid: cidOf("too early") }),
      "NotReviewable",
    );
  });

  test("a rating outside 1 to 5 reverts with InvalidRating", async () => {
    const order = await deliveredOrder();
    const error = await expectMarketError(
      postReview(market.accounts.buyer, market.deployment, { ...order, rating: 6, textCid: cidOf("six") }),
      "InvalidRating",
    );
    expect(error.args.rating).toBe(6);
  });
});

describe("replyToReview", () => {
  test("a manager of the shop replies once", async () => {
    const order = await completedOrder();
    await postReview(market.accounts.buyer, market.deployment, { ...order, rating: 3, textCid: cidOf("ok") });
    await replyToReview(market.accounts.merchant, market.deployment, {
      orderId: order.orderId,
      textCid: cidOf("thanks"),
    });
    const [, , hasReply] = await market.publicClient.readContract({
      ...reviews(),
      functionName: "reviewOf",
      args: [order.orderId],
    });
    expect(hasReply).toBe(true);
    await expectMarketError(
      replyToReview(market.accounts.merchant, market.deployment, { orderId: order.orderId, textCid: cidOf("again") }),
      "AlreadyReplied",
    );
  });

  test("someone else's reply reverts with the reviews contract's NotShopManager", async () => {
    const order = await completedOrder();
    await postReview(market.accounts.buyer, market.deployment, { ...order, rating: 2, textCid: cidOf("meh") });
    const error = await expectMarketError(
      replyToReview(market.accounts.stranger, market.deployment, { orderId: order.orderId, textCid: cidOf("x") }),
      "NotShopManager",
    );
    expect(error.args).toEqual({ shopId: market.shopId, account: market.accounts.stranger.account.address });
  });
});
