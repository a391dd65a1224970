import { buildOrderRequests, getOrderState, NATIVE_TOKEN, placeOrders } from "@grandrue/sdk";
import { localCurrencyAbi } from "@grandrue/sdk/abis";
import { parseEther } from "viem";
import { beforeAll, describe, expect, test } from "vitest";
import { expectMarketError } from "../helpers/expectMarketError.ts";
import { createMarket, type Market, randomDeliveryProof, SHOP_TERMS, uniqueDigest } from "../helpers/market.ts";

let market: Market;
let secondShop: bigint;

beforeAll(async () => {
  market = await createMarket();
  secondShop = await market.openShop(market.accounts.secondMerchant);
});

const order = (shopId: bigint, rest: { token?: `0x${string}`; amount: bigint }) => ({
  shopId,
  ...rest,
  itemsDigest: uniqueDigest(),
  codeHash: randomDeliveryProof().codeHash,
});

describe("placeOrders", () => {
  test("pays an ETH order and LEM orders for two shops in one checkout, with one permit and no approve", async () => {
    const { buyer } = market.accounts;
    const escrow = market.deployment.contracts.Escrow.address;
    const nonceBefore = await market.publicClient.readContract({
      address: market.leman,
      abi: localCurrencyAbi,
      functionName: "nonces",
      args: [buyer.account.address],
    });
    const ethBefore = await market.publicClient.getBalance({ address: escrow });
    const { orders, requests, permits, approvals } = await placeOrders(buyer, market.deployment, {
      orders: [
        order(market.shopId, { amount: parseEther("0.02") }),
        order(market.shopId, { token: market.leman, amount: parseEther("3") }),
        order(secondShop, { token: market.leman, amount: parseEther("4") }),
      ],
    });
    expect(approvals).toEqual([]);
    expect(permits).toHaveLength(1);
    expect(permits[0]).toMatchObject({ token: market.leman, value: parseEther("7") });
    expect(
      await market.publicClient.readContract({
        address: market.leman,
        abi: localCurrencyAbi,
        functionName: "nonces",
        args: [buyer.account.address],
      }),
    ).toBe(nonceBefore + 1n);
    expect(await market.publicClient.getBalance({ address: escrow })).toBe(ethBefore + parseEther("0.02"));
    expect(orders.map((paid) => [paid.terms.shopId, paid.terms.token])).toEqual([
      [market.shopId, NATIVE_TOKEN],
      [market.shopId, market.leman],
      [secondShop, market.leman],
    ]);
    expect(orders.map((paid) => paid.itemsDigest)).toEqual(requests.map((request) => request.itemsDigest));
    for (const { orderId } of orders)
      expect((await getOrderState(market.publicClient, market.deployment, { orderId })).status).toBe("Paid");
  });

  test("copies each shop's payout, windows and hook from the registry, as buildOrderRequests does", async () => {
    const orders = [order(secondShop, { amount: parseEther("0.01") })];
    const [built] = await buildOrderRequests(market.publicClient, market.deployment, orders);
    const { requests } = await placeOrders(market.accounts.buyer, market.deployment, { orders });
    expect(requests).toEqual([built]);
    expect(requests[0]!.terms).toEqual(SHOP_TERMS);
  });

  test("fails with UnknownShop when a shop does not exist", async () => {
    await expectMarketError(
      placeOrders(market.accounts.buyer, market.deployment, { orders: [order(999n, { amount: 1n })] }),
      "UnknownShop",
    );
  });
});
