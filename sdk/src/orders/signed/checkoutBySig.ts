import { type MarketWalletClient, writeMarketContract } from "../../chain/writeMarketContract.ts";
import { marketContracts } from "../../contracts.ts";
import type { Deployment } from "../../deployment.ts";
import type { CheckoutReturnType } from "../checkout.ts";
import { paidOrdersFromLogs } from "../paidOrders.ts";
import type { SignedCheckout } from "./signBuyerIntent.ts";
import type { TokenPull } from "./tokenPull.ts";

export type CheckoutBySigParameters = SignedCheckout & {
  /** The submitter's fee in the orders' token, at most the signed `maxFee` (0 to sponsor the buyer). */
  fee: bigint;
  /** How the escrow takes the orders' total plus `fee` from the buyer (e.g. {@link signPermitPull}). */
  tokenPull: TokenPull;
};
export type CheckoutBySigReturnType = CheckoutReturnType;

/**
 * Anyone submits a buyer's signed checkout (`checkoutBySig`) and is paid `fee` from the buyer's tokens in the same
 * transaction; every order pays in one ERC-20. The buyer needs no native coin. Events name the buyer.
 * @example const { orders } = await checkoutBySig(relayerWallet, deployment, { ...signed, fee: 30_000n, tokenPull })
 */
export async function checkoutBySig(
  client: MarketWalletClient,
  deployment: Deployment,
  { buyer, requests, authorization, fee, tokenPull }: CheckoutBySigParameters,
): Promise<CheckoutBySigReturnType> {
  const result = await writeMarketContract(client, {
    ...marketContracts(deployment).escrow,
    functionName: "checkoutBySig",
    args: [buyer, requests, authorization, fee, tokenPull],
  });
  return { ...result, orders: paidOrdersFromLogs(result.receipt.logs) };
}
