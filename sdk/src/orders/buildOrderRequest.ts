import { type Address, type Hex, zeroAddress, zeroHash } from "viem";
import type { MarketReadClient } from "../chain/client.ts";
import { readMarketContract } from "../chain/readMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import { NATIVE_TOKEN, type OrderRequest } from "./types.ts";

export type BuildOrderRequestParameters = {
  shopId: bigint;
  /** The payment token; defaults to the native currency. */
  token?: Address;
  /** The goods' price in token base units. */
  amount: bigint;
  /** What the carrier earns on delivery, in the same token (default 0; needs a carrier). */
  deliveryFee?: bigint;
  /** The carrier, or omitted for pickup at the shop / the shop's own delivery. */
  carrier?: Address;
  /** An ERC-792 arbitrator the shop accepts, or omitted for settlement-or-timeout only. */
  arbitrator?: Address;
  /** sha2-256 digest of the line-items document. */
  itemsDigest: Hex;
  /** sha2-256 digest of the encrypted shipping envelope; omitted (zero) for pickup. */
  shippingDigest?: Hex;
  /** The commitment to the buyer's delivery code: `keccak256` of its delivery proof (`toCodeHash(deliveryCode)`). */
  codeHash: Hex;
};
export type BuildOrderRequestReturnType = OrderRequest;

/**
 * Builds one order of a checkout: reads the shop's current payout, windows and completion hook from the registry
 * (the shop declines an order that does not copy them) and adds what the buyer chose.
 * Throws a `MarketError` `UnknownShop` or `ShopInactive` when the shop cannot take orders.
 * @example
 * const request = await buildOrderRequest(publicClient, deployment, {
 *   shopId, token: leman, amount: parseEther("12.5"), itemsDigest, codeHash: toCodeHash(deliveryCode),
 * })
 */
export async function buildOrderRequest(
  client: MarketReadClient,
  deployment: Deployment,
  parameters: BuildOrderRequestParameters,
): Promise<BuildOrderRequestReturnType> {
  const [payout, terms, hook] = await readMarketContract(client, {
    ...marketContracts(deployment).registry,
    functionName: "checkoutTerms",
    args: [parameters.shopId],
  });
  return {
    shopId: parameters.shopId,
    payout,
    token: parameters.token ?? NATIVE_TOKEN,
    amount: parameters.amount,
    deliveryFee: parameters.deliveryFee ?? 0n,
    carrier: parameters.carrier ?? zeroAddress,
    arbitrator: parameters.arbitrator ?? zeroAddress,
    hook,
    terms,
    itemsDigest: parameters.itemsDigest,
    shippingDigest: parameters.shippingDigest ?? zeroHash,
    codeHash: parameters.codeHash,
  };
}

/**
 * The requests of a checkout, one per order, each copying its shop's current payout, windows and hook: what
 * {@link placeOrders} pays, and what a relayed (`signCheckout`) or batched (`checkoutInOneBatch`) checkout signs.
 * @example const requests = await buildOrderRequests(publicClient, deployment, [{ shopId, amount, itemsDigest, codeHash }])
 */
export function buildOrderRequests(
  client: MarketReadClient,
  deployment: Deployment,
  orders: readonly BuildOrderRequestParameters[],
): Promise<OrderRequest[]> {
  return Promise.all(orders.map((order) => buildOrderRequest(client, deployment, order)));
}
