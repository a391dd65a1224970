import {
  accept,
  approveToken,
  buildOrderRequest,
  cancel,
  checkout,
  complete,
  confirmDelivery,
  confirmPickup,
  confirmReceipt,
  decline,
  expectedOrderStatuses,
  expire,
  getEscrowLimits,
  getOrderState,
  MAX_SHOP_TERMS,
  markShipped,
  NATIVE_TOKEN,
  ORDER_STATUSES,
  orderIdOf,
  release,
  setShopActive,
} from "@grandrue/sdk";
import { escrowAbi, localCurrencyAbi } from "@grandrue/sdk/abis";
import { type Address, type Hex, parseEther, zeroAddress, zeroHash } from "viem";
import { beforeAll, describe, expect, test } from "vitest";
import { expectMarketError } from "../helpers/expectMarketError.ts";
import { createMarket, HOUR, type Market, randomDeliveryProof, SHOP_TERMS, uniqueDigest } from "../helpers/market.ts";

let market: Market;

beforeAll(async () => {
  market = await createMarket();
});

async function statusOf(orderId: bigint) {
  return (await getOrderState(market.publicClient, market.deployment, { orderId })).status;
}

async function lemanBalance(account: Address): Promise<bigint> {
  return market.publicClient.readContract({
    address: market.leman,
    abi: localCurrencyAbi,
    functionName: "balanceOf",
    args: [account],
  });
}

describe("buildOrderRequest", () => {
  test("copies the shop's payout, windows and hook from the registry and defaults to a pickup order in ETH", async () => {
    const { codeHash } = randomDeliveryProof();
    const itemsDigest = uniqueDigest();
    const request = await buildOrderRequest(market.publicClient, market.deployment, {
      shopId: market.shopId,
      amount: 5n,
      itemsDigest,
      codeHash,
    });
    expect(request).toEqual({
      shopId: market.shopId,
      payout: market.accounts.merchant.account.address,
      token: NATIVE_TOKEN,
      amount: 5n,
      deliveryFee: 0n,
      carrier: zeroAddress,
      arbitrator: zeroAddress,
      hook: zeroAddress,
      terms: SHOP_TERMS,
      itemsDigest,
      shippingDigest: zeroHash,
      codeHash,
    });
  });

  test("fails with a decoded UnknownShop for a shop id never registered", async () => {
    const error = await expectMarketError(
      buildOrderRequest(market.publicClient, market.deployment, {
        shopId: 999n,
        amount: 1n,
        itemsDigest: uniqueDigest(),
        codeHash: zeroHash,
      }),
      "UnknownShop",
    );
    expect(error.args.shopId).toBe(999n);
  });

  test("fails with a decoded ShopInactive for a closed shop", async () => {
    const closed = await market.openShop();
    await setShopActive(market.accounts.merchant, market.deployment, { shopId: closed, isActive: false });
    await expectMarketError(
      buildOrderRequest(market.publicClient, market.deployment, {
        shopId: closed,
        amount: 1n,
        itemsDigest: uniqueDigest(),
        codeHash: zeroHash,
      }),
      "ShopInactive",
    );
  });
});

describe("checkout", () => {
  test("pays orders for two shops in ETH and LEM in one transaction, each id being the hash of its terms", async () => {
    const { buyer, secondMerchant } = market.accounts;
    const otherShop = await market.openShop(secondMerchant);
    const requests = [
      await buildOrderRequest(market.publicClient, market.deployment, {
        shopId: market.shopId,
        amount: parseEther("0.01"),
        itemsDigest: uniqueDigest(),
        codeHash: zeroHash,
      }),
      await buildOrderRequest(market.publicClient, market.deployment, {
        shopId: otherShop,
        token: market.leman,
        amount: parseEther("12"),
        itemsDigest: uniqueDigest(),
        codeHash: zeroHash,
      }),
    ];
    await approveToken(buyer, market.deployment, { token: market.leman, amount: parseEther("12") });
    const { orders } = await checkout(buyer, market.deployment, { requests });
    expect(orders.map((order) => order.terms.shopId)).toEqual([market.shopId, otherShop]);
    for (const order of orders) {
      expect(orderIdOf(order.terms)).toBe(order.orderId);
      expect(
        await market.publicClient.readContract({
          address: market.deployment.contracts.Escrow.address,
          abi: escrowAbi,
          functionName: "verifyOrder",
          args: [order.orderId, order.terms],
        }),
      ).toBe(true);
      expect(await statusOf(order.orderId)).toBe("Paid");
    }
  });

  test("approveToken sets the escrow's allowance", async () => {
    const { buyer } = market.accounts;
    await approveToken(buyer, market.deployment, { token: market.leman, amount: 42n });
    const allowance = await market.publicClient.readContract({
      address: market.leman,
      abi: localCurrencyAbi,
      functionName: "allowance",
      args: [buyer.account.address, market.deployment.contracts.Escrow.address],
    });
    expect(allowance).toBe(42n);
  });
});

describe("shop decisions", () => {
  test("accept moves a paid order to Accepted", async () => {
    const { orderId, terms } = await market.placeOrder();
    await accept(market.accounts.merchant, market.deployment, { terms });
    expect(await statusOf(orderId)).toBe("Accepted");
  });

  test("accept by someone who does not manage the shop reverts with NotShopManager naming the shop and the caller", async () => {
    const { terms } = await market.placeOrder();
    const error = await expectMarketError(
      accept(market.accounts.stranger, market.deployment, { terms }),
      "NotShopManager",
    );
    expect(error.args).toEqual({ shopId: terms.shopId, account: market.accounts.stranger.account.address });
  });

  test("accept with terms that are not the order's reverts with UnknownOrder, naming the id they hash to", async () => {
    const { terms } = await market.placeOrder();
    const changed = { ...terms, amount: terms.amount + 1n };
    const error = await expectMarketError(
      accept(market.accounts.merchant, market.deployment, { terms: changed }),
      "UnknownOrder",
    );
    expect(error.args).toEqual({ orderId: orderIdOf(changed) });
  });

  test("decline refunds the buyer in full and records the reason", async () => {
    const { buyer, merchant } = market.accounts;
    const before = await lemanBalance(buyer.account.address);
    const { orderId, terms } = await market.placeOrder({ token: market.leman, amount: parseEther("3") });
    const { receipt } = await decline(merchant, market.deployment, { terms, reason: "Out of stock" });
    expect(receipt.status).toBe("success");
    expect(await statusOf(orderId)).toBe("Declined");
    expect(await lemanBalance(buyer.account.address)).toBe(before);
  });

  test("markShipped hands over a pickup order and starts the delivery window", async () => {
    const { orderId, terms } = await market.placeOrder();
    await accept(market.accounts.merchant, market.deployment, { terms });
    await markShipped(market.accounts.merchant, market.deployment, { terms });
    const state = await getOrderState(market.publicClient, market.deployment, { orderId });
    expect(state.status).toBe("Shipped");
    expect(state.deadline).toBe((await market.now()) + SHOP_TERMS.deliveryHours * HOUR);
  });

  test("markShipped of an order with a carrier reverts with CarrierHandsOver naming the carrier", async () => {
    const carrier = market.accounts.courier.account.address;
    const { orderId, terms } = await market.placeOrder({ carrier, deliveryFee: 1n });
    await accept(market.accounts.merchant, market.deployment, { terms });
    const error = await expectMarketError(
      markShipped(market.accounts.merchant, market.deployment, { terms }),
      "CarrierHandsOver",
    );
    expect(error.args).toEqual({ orderId, carrier });
  });
});

describe("buyer decisions", () => {
  test("cancel refunds a paid order the shop has not accepted", async () => {
    const { buyer } = market.accounts;
    const before = await lemanBalance(buyer.account.address);
    const { orderId, terms } = await market.placeOrder({ token: market.leman, amount: parseEther("2") });
    await cancel(buyer, market.deployment, { terms });
    expect(await statusOf(orderId)).toBe("Cancelled");
    expect(await lemanBalance(buyer.account.address)).toBe(before);
  });

  test("cancel after acceptance reverts with InvalidStatus carrying the order id, its status and the one cancel needs", async () => {
    const { orderId, terms } = await market.placeOrder();
    await accept(market.accounts.merchant, market.deployment, { terms });
    const error = await expectMarketError(cancel(market.accounts.buyer, market.deployment, { terms }), "InvalidStatus");
    expect(error.args.orderId).toBe(orderId);
    expect(ORDER_STATUSES[error.args.actual as number]).toBe("Accepted");
    expect(expectedOrderStatuses(error.args.expected as Hex)).toEqual(["Paid"]);
  });

  test("release pays the shop at once and returns the unearned delivery fee to the buyer", async () => {
    const { buyer, merchant, courier } = market.accounts;
    const buyerBefore = await lemanBalance(buyer.account.address);
    const merchantBefore = await lemanBalance(merchant.account.address);
    const { orderId, terms } = await market.placeOrder({
      token: market.leman,
      amount: parseEther("5"),
      carrier: courier.account.address,
      deliveryFee: parseEther("1"),
    });
    await release(buyer, market.deployment, { terms });
    expect(await statusOf(orderId)).toBe("Completed");
    expect(await lemanBalance(merchant.account.address)).toBe(merchantBefore + parseEther("5"));
    expect(await lemanBalance(buyer.account.address)).toBe(buyerBefore - parseEther("5"));
  });
});

describe("delivery", () => {
  test("confirmDelivery by the shop at the counter with the buyer's code delivers a pickup order", async () => {
    const { orderId, terms, deliveryProof } = await market.placeOrder();
    await accept(market.accounts.merchant, market.deployment, { terms });
    await confirmDelivery(market.accounts.merchant, market.deployment, { terms, deliveryProof });
    expect(await statusOf(orderId)).toBe("Delivered");
  });

  test("confirmDelivery with a wrong code reverts with WrongDeliveryCode", async () => {
    const { orderId, terms } = await market.placeOrder();
    await accept(market.accounts.merchant, market.deployment, { terms });
    const error = await expectMarketError(
      confirmDelivery(market.accounts.merchant, market.deployment, {
        terms,
        deliveryProof: randomDeliveryProof().deliveryProof,
      }),
      "WrongDeliveryCode",
    );
    expect(error.args.orderId).toBe(orderId);
  });

  test("the carrier's pickup and delivery pay it the delivery fee", async () => {
    const { courier, merchant } = market.accounts;
    const before = await lemanBalance(courier.account.address);
    const { orderId, terms, deliveryProof } = await market.placeOrder({
      token: market.leman,
      amount: parseEther("4"),
      carrier: courier.account.address,
      deliveryFee: parseEther("0.5"),
    });
    await accept(merchant, market.deployment, { terms });
    await confirmPickup(courier, market.deployment, { terms });
    expect(await statusOf(orderId)).toBe("Shipped");
    await confirmDelivery(courier, market.deployment, { terms, deliveryProof });
    expect(await statusOf(orderId)).toBe("Delivered");
    expect(await lemanBalance(courier.account.address)).toBe(before + parseEther("0.5"));
  });

  test("confirmReceipt lets the buyer confirm a parcel left at the door", async () => {
    const { courier, merchant, buyer } = market.accounts;
    const { orderId, terms } = await market.placeOrder({ carrier: courier.account.address, deliveryFee: 1n });
    await accept(merchant, market.deployment, { terms });
    await confirmPickup(courier, market.deployment, { terms });
    await confirmReceipt(buyer, market.deployment, { terms });
    const state = await getOrderState(market.publicClient, market.deployment, { orderId });
    expect(state.status).toBe("Delivered");
    expect(state.isFeePaid).toBe(true);
  });
});

describe("timeouts", () => {
  test("expire refunds a paid order once its accept deadline passed, and not before", async () => {
    const { orderId, terms } = await market.placeOrder();
    const error = await expectMarketError(
      expire(market.accounts.stranger, market.deployment, { terms }),
      "DeadlineNotReached",
    );
    expect(error.args.orderId).toBe(orderId);
    await market.increaseTime(SHOP_TERMS.acceptHours * HOUR + 1);
    await expire(market.accounts.stranger, market.deployment, { terms });
    expect(await statusOf(orderId)).toBe("Expired");
  });

  test("expire refunds an accepted order once its ship deadline passed", async () => {
    const { orderId, terms } = await market.placeOrder();
    await accept(market.accounts.merchant, market.deployment, { terms });
    await market.increaseTime(SHOP_TERMS.shipHours * HOUR + 1);
    await expire(market.accounts.stranger, market.deployment, { terms });
    expect(await statusOf(orderId)).toBe("Expired");
  });

  test("complete pays a delivered order once its return window passed", async () => {
    const { merchant, stranger } = market.accounts;
    const merchantBefore = await lemanBalance(merchant.account.address);
    const { orderId, terms, deliveryProof } = await market.placeOrder({ token: market.leman, amount: parseEther("6") });
    await accept(merchant, market.deployment, { terms });
    await confirmDelivery(merchant, market.deployment, { terms, deliveryProof });
    await expectMarketError(complete(stranger, market.deployment, { terms }), "DeadlineNotReached");
    await market.increaseTime(SHOP_TERMS.returnHours * HOUR + 1);
    await complete(stranger, market.deployment, { terms });
    expect(await statusOf(orderId)).toBe("Completed");
    expect(await lemanBalance(merchant.account.address)).toBe(merchantBefore + parseEther("6"));
  });

  test("complete pays a shipped order nobody disputed after its delivery and return windows", async () => {
    const { orderId, terms } = await market.placeOrder();
    await accept(market.accounts.merchant, market.deployment, { terms });
    await markShipped(market.accounts.merchant, market.deployment, { terms });
    await market.increaseTime((SHOP_TERMS.deliveryHours + SHOP_TERMS.returnHours) * HOUR + 1);
    await complete(market.accounts.stranger, market.deployment, { terms });
    expect(await statusOf(orderId)).toBe("Completed");
  });
});

describe("getEscrowLimits", () => {
  test("reads the escrow's limits, whose window maxima are the SDK's MAX_SHOP_TERMS", async () => {
    const limits = await getEscrowLimits(market.publicClient, market.deployment);
    expect(limits.maxTerms).toEqual(MAX_SHOP_TERMS);
    expect(limits.disputeTimeout).toBe(60 * 24 * HOUR);
  });
});
