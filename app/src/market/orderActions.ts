import type { OrderTerms } from "@grandrue/sdk";
import { chainNowKey } from "./chainNow.ts";
import { orderKeys } from "./orders.ts";

/** What every order action needs, whoever takes it (buyer or shop): the order, its terms, and words for its dialog. */
export type OrderActionData = {
  orderId: bigint;
  /** The terms the order committed to: the escrow checks them on every action. */
  terms: OrderTerms;
  /** The order's short reference ("0xa15e3c91"), as every view names it. */
  reference: string;
  /** The shop's name, for "Cancel your order at Le Fournil de la Halle". */
  shopName: string;
  /** The order's total in the reader's words ("15,90 €"), when known. */
  total?: string;
};

/** What the escrow holds for each account to withdraw (payments and refunds it could not send). */
export const creditsKey = (chainId: number) => ["credits", chainId] as const;

/**
 * What any order action changes, whoever takes it: the order lists, the order and its timeline, the credits a
 * settlement leaves, and the chain's clock the next actions are decided against.
 */
export function orderActionQueries(chainId: number) {
  return [orderKeys.all(chainId), creditsKey(chainId), chainNowKey(chainId)];
}
