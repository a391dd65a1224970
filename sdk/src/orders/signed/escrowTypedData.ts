import type { Deployment } from "../../deployment.ts";
import type { OrderRequest } from "../types.ts";

/** A buyer action anyone may submit with the buyer's signature, in the contract's `BuyerAction` enum order. */
export const BUYER_ACTIONS = [
  "Cancel",
  "ConfirmReceipt",
  "Release",
  "OpenDispute",
  "ProposeSettlement",
  "AcceptSettlement",
] as const;

export type BuyerAction = (typeof BUYER_ACTIONS)[number];

/** The settlement actions, whose signature also covers the amount back to the buyer. */
export type SettlementAction = Extract<BuyerAction, "ProposeSettlement" | "AcceptSettlement">;

/** The `BuyerAction` enum value of an action. */
export function buyerActionValue(action: BuyerAction): number {
  return BUYER_ACTIONS.indexOf(action);
}

/** What the buyer signs beside each action: the largest fee a submitter may take, a nonce and a deadline. */
export type BuyerIntent = {
  /** The most the submitter may take, in the order's token (base units); 0 when a sponsor pays the gas. */
  maxFee: bigint;
  /** An unused nonce of the buyer at the escrow (nonces are unordered; count up, see {@link findUnusedNonce}). */
  nonce: bigint;
  /** Last second (unix, inclusive) at which the signature may be submitted. */
  deadline: bigint;
};

const orderActionFields = [
  { name: "orderId", type: "uint256" },
  { name: "maxFee", type: "uint256" },
  { name: "nonce", type: "uint256" },
  { name: "deadline", type: "uint256" },
] as const;

const settlementFields = [
  { name: "orderId", type: "uint256" },
  { name: "buyerAmount", type: "uint128" },
  { name: "maxFee", type: "uint256" },
  { name: "nonce", type: "uint256" },
  { name: "deadline", type: "uint256" },
] as const;

/** The EIP-712 types of a signed checkout, as the escrow's `CHECKOUT_TYPEHASH` defines them. */
export const checkoutTypes = {
  Checkout: [
    { name: "buyer", type: "address" },
    { name: "orders", type: "OrderRequest[]" },
    { name: "maxFee", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
  OrderRequest: [
    { name: "shopId", type: "uint256" },
    { name: "payout", type: "address" },
    { name: "token", type: "address" },
    { name: "amount", type: "uint128" },
    { name: "deliveryFee", type: "uint128" },
    { name: "carrier", type: "address" },
    { name: "arbitrator", type: "address" },
    { name: "hook", type: "address" },
    { name: "terms", type: "ShopTerms" },
    { name: "itemsDigest", type: "bytes32" },
    { name: "shippingDigest", type: "bytes32" },
    { name: "codeHash", type: "bytes32" },
  ],
  ShopTerms: [
    { name: "acceptHours", type: "uint16" },
    { name: "shipHours", type: "uint16" },
    { name: "deliveryHours", type: "uint16" },
    { name: "returnHours", type: "uint16" },
  ],
} as const;

/** The EIP-712 types of the post-checkout buyer actions, one type per action so a wallet shows which it signs. */
export const buyerActionTypes = {
  Cancel: orderActionFields,
  ConfirmReceipt: orderActionFields,
  Release: orderActionFields,
  OpenDispute: orderActionFields,
  ProposeSettlement: settlementFields,
  AcceptSettlement: settlementFields,
} as const;

/** The escrow's EIP-712 domain: "Grandrue Escrow" version 2, on the deployment's chain and escrow address. */
export function escrowDomain(deployment: Deployment) {
  return {
    name: "Grandrue Escrow",
    version: "2",
    chainId: deployment.chainId,
    verifyingContract: deployment.contracts.Escrow.address,
  } as const;
}

/**
 * The typed data a buyer signs to check out `orders` through anyone (`checkoutBySig`).
 * @example const signature = await account.signTypedData(checkoutTypedData(deployment, { buyer, orders, maxFee, nonce, deadline }))
 */
export function checkoutTypedData(
  deployment: Deployment,
  message: BuyerIntent & { buyer: `0x${string}`; orders: readonly OrderRequest[] },
) {
  return { domain: escrowDomain(deployment), types: checkoutTypes, primaryType: "Checkout", message } as const;
}

/**
 * The typed data a buyer signs for one action on order `orderId` (`relayBuyerAction`); `buyerAmount` only for the
 * settlements.
 * @example const typedData = buyerActionTypedData(deployment, { action: "Release", orderId, maxFee: 0n, nonce: 0n, deadline })
 */
export function buyerActionTypedData(
  deployment: Deployment,
  {
    action,
    orderId,
    buyerAmount,
    maxFee,
    nonce,
    deadline,
  }: BuyerIntent & {
    action: BuyerAction;
    orderId: bigint;
    buyerAmount?: bigint;
  },
) {
  const domain = escrowDomain(deployment);
  if (action === "ProposeSettlement" || action === "AcceptSettlement") {
    if (buyerAmount === undefined) throw new TypeError(`${action} needs buyerAmount`);
    return {
      domain,
      types: { [action]: settlementFields } as Record<SettlementAction, typeof settlementFields>,
      primaryType: action,
      message: { orderId, buyerAmount, maxFee, nonce, deadline },
    } as const;
  }
  return {
    domain,
    types: { [action]: orderActionFields } as Record<typeof action, typeof orderActionFields>,
    primaryType: action,
    message: { orderId, maxFee, nonce, deadline },
  } as const;
}
