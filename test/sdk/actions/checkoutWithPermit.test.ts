import {
  approveToken,
  type BuildOrderRequestParameters,
  buildOrderRequest,
  checkoutWithPermit,
  getOrderState,
  NATIVE_TOKEN,
  tokenTotals,
} from "@grandrue/sdk";
import { localCurrencyAbi } from "@grandrue/sdk/abis";
import { type Address, parseEther } from "viem";
import { beforeAll, describe, expect, test } from "vitest";
import { createMarket, type Market, randomDeliveryProof, uniqueDigest } from "../helpers/market.ts";
import { deployPlainToken } from "../helpers/plainToken.ts";

let market: Market;
let secondShop: bigint;

beforeAll(async () => {
  market = await createMarket();
  secondShop = await market.openShop(market.accounts.secondMerchant);
});

function request(parameters: Omit<BuildOrderRequestParameters, "itemsDigest" | "codeHash">) {
  return buildOrderRequest(market.publicClient, market.deployment, {
    ...parameters,
    itemsDigest: uniqueDigest(),
    codeHash: randomDeliveryProof().codeHash,
  });
}

async function lemanRead(functionName: "nonces" | "balanceOf", account: Address): Promise<bigint> {
  const contract = { address: market.leman, abi: localCurrencyAbi } as const;
  return functionName === "nonces"
    ? market.publicClient.readContract({ ...contract, functionName: "nonces", args: [account] })
    : market.publicClient.readContract({ ...contract, functionName: "balanceOf", args: [account] });
}

async function escrowAllowance(token: Address, owner: Address): Promise<bigint> {
  return market.publicClient.readContract({
    address: token,
    abi: localCurrencyAbi,
    functionName: "allowance",
    args: [owner, market.deployment.contracts.Escrow.address],
  });
}

describe("tokenTotals", () => {
  test("sums amounts and delivery fees per ERC-20 token and leaves ETH out", () => {
    const base = {
      shopId: 1n,
      payout: NATIVE_TOKEN,
      carrier: NATIVE_TOKEN,
      arbitrator: NATIVE_TOKEN,
      hook: NATIVE_TOKEN,
    } as const;
    const digests = { itemsDigest: "0x00", shippingDigest: "0x00", codeHash: "0x00" } as const;
    const terms = { acceptHours: 1, shipHours: 1, deliveryHours: 1, returnHours: 1 };
    const tokenA = "0x000000000000000000000000000000000000000A";
    const totals = tokenTotals([
      { ...base, ...digests, terms, token: tokenA, amount: 5n, deliveryFee: 1n },
      { ...base, ...digests, terms, token: NATIVE_TOKEN, amount: 100n, deliveryFee: 0n },
      { ...base, ...digests, terms, token: tokenA, amount: 7n, deliveryFee: 0n },
    ]);
    expect([...totals]).toEqual([[tokenA, 13n]]);
  });
});

describe("checkoutWithPermit", () => {
  test("pays LEM orders for two shops with one permit signature for the token's total and no approve transaction", async () => {
    const { buyer } = market.accounts;
    const nonceBefore = await lemanRead("nonces", buyer.account.address);
    const balanceBefore = await lemanRead("balanceOf", buyer.account.address);
    const requests = [
      await request({ shopId: market.shopId, token: market.leman, amount: parseEther("3") }),
      await request({
        shopId: secondShop,
        token: market.leman,
        amount: parseEther("4"),
        carrier: market.accounts.courier.account.address,
        deliveryFee: parseEther("1"),
      }),
    ];
    const { orders, permits, approvals } = await checkoutWithPermit(buyer, market.deployment, { requests });
    expect(approvals).toEqual([]);
    expect(permits).toHaveLength(1);
    expect(permits[0]).toMatchObject({ token: market.leman, value: parseEther("8") });
    expect(await lemanRead("nonces", buyer.account.address)).toBe(nonceBefore + 1n);
    expect(await lemanRead("balanceOf", buyer.account.address)).toBe(balanceBefore - parseEther("8"));
    expect(orders).toHaveLength(2);
    for (const { orderId } of orders)
      expect((await getOrderState(market.publicClient, market.deployment, { orderId })).status).toBe("Paid");
  });

  test("pays ETH orders with the transaction's value alongside permitted LEM orders", async () => {
    const { buyer } = market.accounts;
    const requests = [
      await request({ shopId: market.shopId, amount: parseEther("0.02") }),
      await request({ shopId: market.shopId, token: market.leman, amount: parseEther("1") }),
    ];
    const balanceBefore = await market.publicClient.getBalance({ address: market.deployment.contracts.Escrow.address });
    const { orders, permits } = await checkoutWithPermit(buyer, market.deployment, { requests });
    expect(orders.map((order) => order.terms.token)).toEqual([NATIVE_TOKEN, market.leman]);
    expect(permits).toHaveLength(1);
    expect(await market.publicClient.getBalance({ address: market.deployment.contracts.Escrow.address })).toBe(
      balanceBefore + parseEther("0.02"),
    );
  });

  test("asks for no signature when the allowance already covers the token's total", async () => {
    const { buyer } = market.accounts;
    await approveToken(buyer, market.deployment, { token: market.leman, amount: parseEther("2") });
    const nonceBefore = await lemanRead("nonces", buyer.account.address);
    const { permits, orders } = await checkoutWithPermit(buyer, market.deployment, {
      requests: [await request({ shopId: market.shopId, token: market.leman, amount: parseEther("2") })],
    });
    expect(permits).toEqual([]);
    expect(orders).toHaveLength(1);
    expect(await lemanRead("nonces", buyer.account.address)).toBe(nonceBefore);
  });

  test("approves a token without permit support in a transaction instead", async () => {
    const { buyer, deployer } = market.accounts;
    const plain = await deployPlainToken(deployer, (hash) => market.publicClient.waitForTransactionReceipt({ hash }));
    const mint = await deployer.writeContract({
      address: plain.address,
      abi: plain.abi,
      functionName: "mint",
      args: [buyer.account.address, 1000n],
    });
    await market.publicClient.waitForTransactionReceipt({ hash: mint });
    const { permits, approvals, orders } = await checkoutWithPermit(buyer, market.deployment, {
      requests: [await request({ shopId: market.shopId, token: plain.address, amount: 600n })],
    });
    expect(permits).toEqual([]);
    expect(approvals).toHaveLength(1);
    expect(orders[0]!.terms.token).toBe(plain.address);
    expect(await escrowAllowance(plain.address, buyer.account.address)).toBe(0n);
  });
});
