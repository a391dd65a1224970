import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import { type PaidOrder, paidOrdersFromLogs } from "./paidOrders.ts";
import { NATIVE_TOKEN, type OrderRequest } from "./types.ts";

export type CheckoutParameters = { requests: readonly OrderRequest[] };
export type CheckoutReturnType = WriteResult & { orders: PaidOrder[] };

/** The ETH a checkout needs: the amounts and delivery fees of its native-currency orders. */
export function checkoutValue(requests: readonly OrderRequest[]): bigint {
  return requests
    .filter((request) => request.token === NATIVE_TOKEN)
    .reduce((sum, request) => sum + request.amount + request.deliveryFee, 0n);
}

/**
 * Pays one or several orders (for one or several shops) into escrow in one transaction. ERC-20 orders need an
 * allowance (see {@link checkoutWithPermit} to avoid the approve transaction).
 * @example const { orders } = await checkout(walletClient, deployment, { requests: [await buildOrderRequest(...)] })
 */
export async function checkout(
  client: MarketWalletClient,
  deployment: Deployment,
  { requests }: CheckoutParameters,
): Promise<CheckoutReturnType> {
  const { escrow } = marketContracts(deployment);
  const result = await writeMarketContract(client, {
    ...escrow,
    functionName: "checkout",
    args: [requests],
    value: checkoutValue(requests),
  });
  return { ...result, orders: paidOrdersFromLogs(result.receipt.logs) };
}
