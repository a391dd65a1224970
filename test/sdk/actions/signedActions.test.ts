import {
  accept,
  buildOrderRequest,
  checkoutBySig,
  confirmDelivery,
  findUnusedNonce,
  getOrderState,
  relayBuyerAction,
  signBuyerAction,
  signCheckout,
  signPermitPull,
} from "@grandrue/sdk";
import { localCurrencyAbi } from "@grandrue/sdk/abis";
import { type Address, parseEther } from "viem";
import { beforeAll, describe, expect, test } from "vitest";
import { expectMarketError } from "../helpers/expectMarketError.ts";
import { createMarket, type Market, randomDeliveryProof, uniqueDigest } from "../helpers/market.ts";

let market: Market;

beforeAll(async () => {
  market = await createMarket();
  const { secondBuyer } = market.accounts;
  await market.fundBuyer(secondBuyer.account.address);
  // The shopper holds only the local currency: every transaction below is sent by someone else.
  await market.networkHelpers.setBalance(secondBuyer.account.address, 0n);
});

async function lemanBalance(account: Address): Promise<bigint> {
  return market.publicClient.readContract({
    address: market.leman,
    abi: localCurrencyAbi,
    functionName: "balanceOf",
    args: [account],
  });
}

async function intent(maxFee: bigint) {
  const owner = market.accounts.secondBuyer.account.address;
  const nonce = await findUnusedNonce(market.publicClient, {
    contract: market.deployment.contracts.Escrow.address,
    owner,
  });
  return { maxFee, nonce, deadline: BigInt(await market.now()) + 3600n };
}

/** A checkout the buyer signed (with a permit for the total and the fee), submitted by the stranger for `fee`. */
async function signedCheckout(fee: bigint) {
  const { secondBuyer, stranger } = market.accounts;
  const { deliveryProof, codeHash } = randomDeliveryProof();
  const request = await buildOrderRequest(market.publicClient, market.deployment, {
    shopId: market.shopId,
    token: market.leman,
    amount: parseEther("10"),
    itemsDigest: uniqueDigest(),
    codeHash,
  });
  const signed = await signCheckout(secondBuyer, market.deployment, { requests: [request], ...(await intent(fee)) });
  const tokenPull = await signPermitPull(secondBuyer, market.deployment, {
    token: market.leman,
    value: request.amount + fee,
    deadline: BigInt(await market.now()) + 3600n,
  });
  const { orders } = await checkoutBySig(stranger, market.deployment, { ...signed, fee, tokenPull });
  return { order: orders[0]!, deliveryProof };
}

describe("signed buyer actions", () => {
  test("a buyer without the chain's coin checks out by signature; the submitter is paid its fee in the token", async () => {
    const { secondBuyer, stranger } = market.accounts;
    const [buyerBefore, relayerBefore] = await Promise.all([
      lemanBalance(secondBuyer.account.address),
      lemanBalance(stranger.account.address),
    ]);
    const { order } = await signedCheckout(parseEther("0.05"));
    expect(order.terms.buyer).toBe(secondBuyer.account.address);
    expect((await getOrderState(market.publicClient, market.deployment, { orderId: order.orderId })).status).toBe(
      "Paid",
    );
    expect(await lemanBalance(secondBuyer.account.address)).toBe(buyerBefore - parseEther("10.05"));
    expect(await lemanBalance(stranger.account.address)).toBe(relayerBefore + parseEther("0.05"));
  });

  test("a signed release, relayed with a fee pulled by permit, pays the shop and dates the facts", async () => {
    const { secondBuyer, stranger, merchant } = market.accounts;
    const { order, deliveryProof } = await signedCheckout(0n);
    await accept(merchant, market.deployment, order);
    await confirmDelivery(merchant, market.deployment, { terms: order.terms, deliveryProof });
    const fee = parseEther("0.02");
    const signed = await signBuyerAction(secondBuyer, market.deployment, {
      action: "Release",
      terms: order.terms,
      ...(await intent(fee)),
    });
    const feePull = await signPermitPull(secondBuyer, market.deployment, {
      token: market.leman,
      value: fee,
      deadline: BigInt(await market.now()) + 3600n,
    });
    const relayerBefore = await lemanBalance(stranger.account.address);
    await relayBuyerAction(stranger, market.deployment, { ...signed, fee, feePull });
    expect(await lemanBalance(stranger.account.address)).toBe(relayerBefore + fee);
    const state = await getOrderState(market.publicClient, market.deployment, { orderId: order.orderId });
    expect(state.status).toBe("Completed");
    expect(state.isShopPaid).toBe(true);
    expect(state.deliveredAt).toBeGreaterThan(0);
    expect(state.closedAt).toBeGreaterThanOrEqual(state.deliveredAt);
    expect(state.isDeliveredWithCode).toBe(true);
  });

  test("a submitter asking more than the signed maximum is refused with FeeTooHigh; a used signature with NonceAlreadyUsed", async () => {
    const { secondBuyer, stranger } = market.accounts;
    const { order } = await signedCheckout(0n);
    const signed = await signBuyerAction(secondBuyer, market.deployment, {
      action: "Cancel",
      terms: order.terms,
      ...(await intent(0n)),
    });
    const tooHigh = await expectMarketError(
      relayBuyerAction(stranger, market.deployment, { ...signed, fee: 1n }),
      "FeeTooHigh",
    );
    expect(tooHigh.args).toEqual({ fee: 1n, maxFee: 0n });
    await relayBuyerAction(stranger, market.deployment, signed);
    expect((await getOrderState(market.publicClient, market.deployment, { orderId: order.orderId })).status).toBe(
      "Cancelled",
    );
    await expectMarketError(relayBuyerAction(stranger, market.deployment, signed), "NonceAlreadyUsed");
  });

  test("signed settlement offers carry their amount: the buyer's signed proposal, relayed, stands for the shop to accept", async () => {
    const { secondBuyer, stranger, merchant } = market.accounts;
    const { order, deliveryProof } = await signedCheckout(0n);
    await accept(merchant, market.deployment, order);
    await confirmDelivery(merchant, market.deployment, { terms: order.terms, deliveryProof });
    const dispute = await signBuyerAction(secondBuyer, market.deployment, {
      action: "OpenDispute",
      terms: order.terms,
      ...(await intent(0n)),
    });
    await relayBuyerAction(stranger, market.deployment, dispute);
    const proposal = await signBuyerAction(secondBuyer, market.deployment, {
      action: "ProposeSettlement",
      terms: order.terms,
      buyerAmount: parseEther("4"),
      ...(await intent(0n)),
    });
    await expectMarketError(
      relayBuyerAction(stranger, market.deployment, { ...proposal, buyerAmount: parseEther("5") }),
      "InvalidSignature",
    );
    await relayBuyerAction(stranger, market.deployment, proposal);
    const state = await getOrderState(market.publicClient, market.deployment, { orderId: order.orderId });
    expect(state.settlementOffer).toEqual({ proposer: secondBuyer.account.address, buyerAmount: parseEther("4") });
  });
});
