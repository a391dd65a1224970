import type { Address, Hex, TypedDataDefinition } from "viem";
import { signTypedData } from "viem/actions";
import { asMarketError } from "../../chain/asMarketError.ts";
import type { MarketSigner } from "../../chain/writeMarketContract.ts";
import type { Deployment } from "../../deployment.ts";
import { orderIdOf } from "../orderIdOf.ts";
import type { OrderRequest, OrderTerms } from "../types.ts";
import { type BuyerAction, type BuyerIntent, buyerActionTypedData, checkoutTypedData } from "./escrowTypedData.ts";

/** A buyer's signed intent, as the escrow takes it (the `BuyerAuthorization` struct). */
export type BuyerAuthorization = BuyerIntent & { signature: Hex };

/** A signed checkout: who pays, the orders, and the buyer's authorization. Anyone submits it with {@link checkoutBySig}. */
export type SignedCheckout = { buyer: Address; requests: readonly OrderRequest[]; authorization: BuyerAuthorization };

/** A signed action on one order. Anyone submits it with {@link relayBuyerAction}. */
export type SignedBuyerAction = {
  action: BuyerAction;
  terms: OrderTerms;
  /** The settlement's amount back to the buyer (0 for the other actions). */
  buyerAmount: bigint;
  authorization: BuyerAuthorization;
};

async function sign(client: MarketSigner, typedData: TypedDataDefinition): Promise<Hex> {
  try {
    return await signTypedData(client, { account: client.account, ...typedData } as never);
  } catch (error) {
    throw asMarketError(error);
  }
}

/**
 * The buyer signs a checkout (no gas, no transaction): the orders, at most `maxFee` of their token for whoever submits
 * it, a nonce and a deadline. A wallet shows every order's shop, payout, token, amounts, carrier, arbitrator, hook and
 * windows. The tokens are pulled with a separate {@link TokenPull} the submitter passes (e.g. {@link signPermitPull}).
 * @example const signed = await signCheckout(buyerWallet, deployment, { requests, maxFee: 50_000n, nonce: 0n, deadline })
 */
export async function signCheckout(
  client: MarketSigner,
  deployment: Deployment,
  { requests, ...intent }: BuyerIntent & { requests: readonly OrderRequest[] },
): Promise<SignedCheckout> {
  const buyer = client.account.address;
  const typedData = checkoutTypedData(deployment, { buyer, orders: requests, ...intent });
  const signature = await sign(client, typedData as unknown as TypedDataDefinition);
  return { buyer, requests, authorization: { ...intent, signature } };
}

/**
 * The buyer signs one action on an order — cancel, confirm receipt, release, open a dispute, propose or accept a
 * settlement — for anyone to submit, paid at most `maxFee` in the order's token.
 * @example const signed = await signBuyerAction(buyerWallet, deployment, { action: "Release", terms, maxFee: 20_000n, nonce: 1n, deadline })
 */
export async function signBuyerAction(
  client: MarketSigner,
  deployment: Deployment,
  {
    action,
    terms,
    buyerAmount = 0n,
    ...intent
  }: BuyerIntent & { action: BuyerAction; terms: OrderTerms; buyerAmount?: bigint },
): Promise<SignedBuyerAction> {
  const typedData = buyerActionTypedData(deployment, { action, orderId: orderIdOf(terms), buyerAmount, ...intent });
  const signature = await sign(client, typedData as unknown as TypedDataDefinition);
  return { action, terms, buyerAmount, authorization: { ...intent, signature } };
}
