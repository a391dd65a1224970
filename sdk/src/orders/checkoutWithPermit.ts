import { type Address, erc20Abi } from "viem";
import { getBlock, readContract } from "viem/actions";
import { asMarketError } from "../chain/asMarketError.ts";
import { type MarketWalletClient, type WriteResult, writeMarketContract } from "../chain/writeMarketContract.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import { approveToken } from "../tokens/approveToken.ts";
import { PermitNotSupportedError, signTokenPermit, type TokenPermit } from "../tokens/signTokenPermit.ts";
import { type CheckoutReturnType, checkoutValue } from "./checkout.ts";
import { paidOrdersFromLogs } from "./paidOrders.ts";
import { NATIVE_TOKEN, type OrderRequest } from "./types.ts";

export type CheckoutWithPermitParameters = {
  requests: readonly OrderRequest[];
  /** How long the permits stay valid, in seconds from the latest block (default one hour). */
  permitLifetime?: number;
};
export type CheckoutWithPermitReturnType = CheckoutReturnType & {
  /** The permits signed and sent, one per ERC-20 token that needed one. */
  permits: TokenPermit[];
  /** The approve transactions sent for tokens without permit support. */
  approvals: WriteResult[];
};

const DEFAULT_PERMIT_LIFETIME = 3600;

/** What each ERC-20 token of a checkout must cover: its orders' amounts and delivery fees. */
export function tokenTotals(requests: readonly OrderRequest[]): Map<Address, bigint> {
  const totals = new Map<Address, bigint>();
  for (const request of requests) {
    if (request.token === NATIVE_TOKEN) continue;
    totals.set(request.token, (totals.get(request.token) ?? 0n) + request.amount + request.deliveryFee);
  }
  return totals;
}

/** Signs a permit (or sends an approve) for each token whose allowance does not cover its total. */
async function authorizeTokens(
  client: MarketWalletClient,
  deployment: Deployment,
  requests: readonly OrderRequest[],
  permitLifetime: number,
) {
  const spender = deployment.contracts.Escrow.address;
  const permits: TokenPermit[] = [];
  const approvals: WriteResult[] = [];
  let deadline: bigint | undefined;
  for (const [token, total] of tokenTotals(requests)) {
    const allowance = await readContract(client, {
      address: token,
      abi: erc20Abi,
      functionName: "allowance",
      args: [client.account.address, spender],
    });
    if (allowance >= total) continue;
    deadline ??= (await getBlock(client)).timestamp + BigInt(permitLifetime);
    try {
      permits.push(await signTokenPermit(client, { token, spender, value: total, deadline }));
    } catch (error) {
      if (!(error instanceof PermitNotSupportedError)) throw error;
      approvals.push(await approveToken(client, deployment, { token, amount: total }));
    }
  }
  return { permits, approvals };
}

/**
 * {@link checkout} without approve transactions: for each ERC-20 token of the checkout, the wallet signs one
 * EIP-2612 permit for that token's total, and the permits travel with the checkout. A token whose allowance already
 * covers its total needs no signature; a token without permit support is approved in a transaction first.
 * @example const { orders, permits } = await checkoutWithPermit(buyerWallet, deployment, { requests })
 */
export async function checkoutWithPermit(
  client: MarketWalletClient,
  deployment: Deployment,
  { requests, permitLifetime = DEFAULT_PERMIT_LIFETIME }: CheckoutWithPermitParameters,
): Promise<CheckoutWithPermitReturnType> {
  const { permits, approvals } = await authorizeTokens(client, deployment, requests, permitLifetime).catch(
    (error: unknown) => {
      throw asMarketError(error);
    },
  );
  const result = await writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "checkoutWithPermit",
    args: [requests, permits],
    value: checkoutValue(requests),
  });
  return { ...result, orders: paidOrdersFromLogs(result.receipt.logs), permits, approvals };
}
