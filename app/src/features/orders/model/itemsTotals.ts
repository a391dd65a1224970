import { computeOrderTotals, currencyMinorUnits, type OrderItems, type OrderTotals } from "@grandrue/sdk";

/** Subtotal, delivery fee and total of an order, from its line-items document, in its price unit. */
export function itemsTotals(items: OrderItems): OrderTotals {
  return computeOrderTotals(items.lines, items.deliveryFee, currencyMinorUnits(items.priceUnit));
}
