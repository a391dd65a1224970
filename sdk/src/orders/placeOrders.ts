import type { MarketWalletClient } from "../chain/writeMarketContract.ts";
import type { Deployment } from "../deployment.ts";
import { type BuildOrderRequestParameters, buildOrderRequests } from "./buildOrderRequest.ts";
import { type CheckoutWithPermitReturnType, checkoutWithPermit } from "./checkoutWithPermit.ts";
import type { OrderRequest } from "./types.ts";

export type PlaceOrdersParameters = {
  /** One entry per order (one or several shops): what the buyer chose; the shop's terms are read from the registry. */
  orders: readonly BuildOrderRequestParameters[];
  /** How long the permits stay valid, in seconds from the latest block (default one hour). */
  permitLifetime?: number;
};
export type PlaceOrdersReturnType = CheckoutWithPermitReturnType & {
  /** The requests paid, in the order of `orders`: what a signed or batched checkout of the same orders would send. */
  requests: OrderRequest[];
};

/**
 * Places orders from the buyer's wallet in one transaction: builds each request from its shop's registry entry,
 * signs one permit per ERC-20 token whose allowance falls short (an approve transaction for a token without
 * permit), and checks out with ETH orders riding along. The one way a wallet pays; a relayer or a passkey batch
 * signs the same {@link buildOrderRequests} differently.
 * Throws a `MarketError` (`UnknownShop`, `ShopInactive`, `UserRejected`…) when an order cannot be placed.
 * @example
 * const { orders } = await placeOrders(buyerWallet, deployment, {
 *   orders: [{ shopId, token: leman, amount: parseEther("12.5"), itemsDigest, codeHash: toCodeHash(deliveryCode) }],
 * })
 */
export async function placeOrders(
  client: MarketWalletClient,
  deployment: Deployment,
  { orders, permitLifetime }: PlaceOrdersParameters,
): Promise<PlaceOrdersReturnType> {
  const requests = await buildOrderRequests(client, deployment, orders);
  const paid = await checkoutWithPermit(client, deployment, { requests, permitLifetime });
  return { ...paid, requests };
}
