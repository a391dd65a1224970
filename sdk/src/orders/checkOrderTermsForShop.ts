import { type Address, isAddressEqual, zeroAddress } from "viem";
import type { ShopAcceptance, ShopTerms } from "../shops/types.ts";
import type { OrderTerms } from "./types.ts";

/** What a shop compares an order with: its current registry record and acceptance (e.g. from `getShop`). */
export type ShopOrderPolicy = {
  shopId: bigint;
  payout: Address;
  terms: ShopTerms;
  /** The shop's order hook, address(0) when none. */
  hook: Address;
  acceptance: ShopAcceptance;
};

/** One way an order differs from what the shop agreed to publish. */
export type OrderTermsMismatch =
  | { name: "ShopMismatch"; expected: bigint; actual: bigint }
  | { name: "PayoutMismatch" | "HookMismatch"; expected: Address; actual: Address }
  | { name: "ShipWindowMismatch" | "DeliveryWindowMismatch" | "ReturnWindowMismatch"; expected: number; actual: number }
  | { name: "TokenNotAccepted" | "CarrierNotAccepted" | "ArbitratorNotAccepted"; actual: Address };

function isListed(address: Address, list: readonly Address[], isAnyAccepted: boolean): boolean {
  return isAnyAccepted || list.some((listed) => isAddressEqual(listed, address));
}

/**
 * What a shop checks before accepting an order, since checkout takes the buyer's offer as is: the payout, the
 * windows and the completion hook must equal the registry's, the token must be one of its payment options, and the
 * carrier and arbitrator must be accepted (listed, or "any"). An order without carrier (pickup or the shop's own
 * delivery) passes the carrier check. An order without arbitrator (settlement, or a timeout that follows the facts: delivered pays the shop, never
 * delivered refunds the buyer) passes when the
 * shop lists no arbitrator, lists address(0), or accepts any. Prices are checked against the line items,
 * off-chain. Empty when the shop can accept.
 * @example
 * const mismatches = checkOrderTermsForShop(order.terms, await getShop(client, deployment, { shopId }))
 * if (mismatches.length > 0) await decline(wallet, deployment, { orderId, terms, reason: mismatches.map((m) => m.name).join(", ") })
 */
export function checkOrderTermsForShop(terms: OrderTerms, shop: ShopOrderPolicy): OrderTermsMismatch[] {
  const mismatches: OrderTermsMismatch[] = [];
  const { acceptance } = shop;
  if (terms.shopId !== shop.shopId)
    mismatches.push({ name: "ShopMismatch", expected: shop.shopId, actual: terms.shopId });
  if (!isAddressEqual(terms.payout, shop.payout))
    mismatches.push({ name: "PayoutMismatch", expected: shop.payout, actual: terms.payout });
  if (!isAddressEqual(terms.hook, shop.hook))
    mismatches.push({ name: "HookMismatch", expected: shop.hook, actual: terms.hook });
  const windows = [
    ["ShipWindowMismatch", shop.terms.shipHours, terms.shipHours],
    ["DeliveryWindowMismatch", shop.terms.deliveryHours, terms.deliveryHours],
    ["ReturnWindowMismatch", shop.terms.returnHours, terms.returnHours],
  ] as const;
  for (const [name, expected, actual] of windows) {
    if (expected !== actual) mismatches.push({ name, expected, actual });
  }
  const tokens = acceptance.payments.map((payment) => payment.token);
  if (!isListed(terms.token, tokens, false)) mismatches.push({ name: "TokenNotAccepted", actual: terms.token });
  if (terms.carrier !== zeroAddress && !isListed(terms.carrier, acceptance.carriers, acceptance.isAnyCarrierAccepted)) {
    mismatches.push({ name: "CarrierNotAccepted", actual: terms.carrier });
  }
  const isWithoutArbitration = terms.arbitrator === zeroAddress && acceptance.arbitrators.length === 0;
  if (
    !isWithoutArbitration &&
    !isListed(terms.arbitrator, acceptance.arbitrators, acceptance.isAnyArbitratorAccepted)
  ) {
    mismatches.push({ name: "ArbitratorNotAccepted", actual: terms.arbitrator });
  }
  return mismatches;
}
