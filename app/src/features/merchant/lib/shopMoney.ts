import {
  currencyMinorUnits,
  getOrderAbilities,
  type IndexedPaymentOption,
  minorUnitsToPrice,
  type OrderDetails,
  type OrderStatus,
  type OrderTerms,
} from "@grandrue/sdk";
import { type Address, isAddressEqual, zeroAddress } from "viem";

/** Token amounts by token (lower-case address). */
export type TokenAmounts = Map<Address, bigint>;

/** Where a shop's money is: already paid out, held in escrow (and when the next part is released), ready to collect. */
export type ShopMoney = {
  paidOut: TokenAmounts;
  held: TokenAmounts;
  heldOrders: number;
  /**
   * When, unix seconds, the next delivered order's return window ends and it can be collected: always after `now`
   * (orders whose window has ended are `collectable`). A parcel not delivered yet has no such date.
   */
  nextRelease?: number;
  /** Orders whose return window has passed: anyone, the shop included, can complete them now. */
  collectable: OrderDetails[];
  /** What collecting them pays the shop. */
  collectableAmounts: TokenAmounts;
};

const HELD: ReadonlySet<OrderStatus> = new Set(["Paid", "Accepted", "Shipped", "Delivered", "Disputed"]);

/** What the shop receives from an order: its amount, plus the delivery fee when it delivers itself. */
export function shopShare(terms: Pick<OrderTerms, "amount" | "deliveryFee" | "carrier">): bigint {
  return terms.amount + (terms.carrier === zeroAddress ? terms.deliveryFee : 0n);
}

function add(amounts: TokenAmounts, token: Address, amount: bigint): void {
  const key = token.toLowerCase() as Address;
  amounts.set(key, (amounts.get(key) ?? 0n) + amount);
}

/**
 * Sums a shop's orders by where their money is at `now` (the chain's time). Resolved disputes count what the
 * settlement or ruling gave the shop (`resolvedShopAmounts`, by order id), when known.
 * @example const { held, nextRelease } = summarizeShopMoney(orders, now, new Map())
 */
export function summarizeShopMoney(
  orders: readonly OrderDetails[],
  now: number,
  resolvedShopAmounts: ReadonlyMap<bigint, bigint>,
): ShopMoney {
  const money: ShopMoney = {
    paidOut: new Map(),
    held: new Map(),
    heldOrders: 0,
    collectable: [],
    collectableAmounts: new Map(),
  };
  for (const order of orders) {
    const { status, deadline } = order.state;
    if (status === "Completed") add(money.paidOut, order.terms.token, shopShare(order.terms));
    if (status === "Resolved") add(money.paidOut, order.terms.token, resolvedShopAmounts.get(order.orderId) ?? 0n);
    if (!HELD.has(status)) continue;
    add(money.held, order.terms.token, shopShare(order.terms));
    money.heldOrders += 1;
    if (status === "Delivered" && deadline > now && (money.nextRelease === undefined || deadline < money.nextRelease))
      money.nextRelease = deadline;
    if (getOrderAbilities(order.state, order.terms, { account: undefined, isShopManager: false, now }).canComplete) {
      money.collectable.push(order);
      add(money.collectableAmounts, order.terms.token, shopShare(order.terms));
    }
  }
  return money;
}

/** Token amounts in the shop's unit, at its current rates; tokens it no longer accepts are returned apart. */
export function amountsInPriceUnit(
  amounts: TokenAmounts,
  payments: readonly IndexedPaymentOption[],
  priceUnit: string,
): { price: string; unconverted: { token: Address; amount: bigint }[] } {
  const decimals = currencyMinorUnits(priceUnit);
  let minorUnits = 0n;
  const unconverted: { token: Address; amount: bigint }[] = [];
  for (const [token, amount] of amounts) {
    const rate = payments.find((payment) => isAddressEqual(payment.token, token))?.rate;
    if (rate === undefined || rate === 0n) unconverted.push({ token, amount });
    else minorUnits += (amount * 10n ** BigInt(decimals)) / rate;
  }
  return { price: minorUnitsToPrice(minorUnits, decimals), unconverted };
}
