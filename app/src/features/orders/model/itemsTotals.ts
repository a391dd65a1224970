import type { OrderItems } from "../../../../../sdk/src/documents/orderItems.ts";
import { computeOrderTotals, type OrderTotals } from "../../../../../sdk/src/documents/orderTotals.ts";
import { currencyMinorUnits } from "../../../../../sdk/src/documents/price.ts";

/** Subtotal, delivery fee and total of an order, from its line-items document, in its price unit. */
export function itemsTotals(items: OrderItems): OrderTotals {
  return computeOrderTotals(items.lines, items.deliveryFee, currencyMinorUnits(items.priceUnit));
}
