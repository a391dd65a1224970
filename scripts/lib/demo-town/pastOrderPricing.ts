import type { OrderLine } from "@grandrue/sdk";
import { demoCarrier } from "./carriers.ts";
import { demoCatalogItem } from "./catalogs.ts";
import { UnknownDemoEntryError } from "./errors.ts";
import type { DemoPastOrder } from "./pastOrders.ts";

/**
 * The `grandrue.order-items/1` lines of a past order: titles and unit prices from the demo catalog (a variant's
 * price when it has one, else the item's).
 * @throws UnknownDemoEntryError if a line names an item or variant the shop does not sell.
 * @example
 * pastOrderLines(DEMO_PAST_ORDERS[0])
 * // [{ itemId: "pain-au-levain", variantId: "1kg", title: "Pain au levain", quantity: 1, unitPrice: "5.90" }, …]
 */
export function pastOrderLines(order: DemoPastOrder): OrderLine[] {
  return order.lines.map(({ itemId, variantId, quantity }) => {
    const item = demoCatalogItem(order.shop, itemId);
    if (variantId === undefined) return { itemId, title: item.title, quantity, unitPrice: item.price };
    const variant = item.variants.find((candidate) => candidate.id === variantId);
    if (variant === undefined) {
      throw new UnknownDemoEntryError(`The item "${itemId}" of "${order.shop}" has no variant "${variantId}"`);
    }
    return { itemId, variantId, title: item.title, quantity, unitPrice: variant.price ?? item.price };
  });
}

/**
 * The delivery fee of a past order in the shop's price unit: the price of the carrier's fee the order names, or
 * `"0.00"` for pickup and the shop's own delivery (the escrow pays delivery fees to carriers only).
 * @throws UnknownDemoEntryError if the carrier has no fee with that label.
 */
export function pastOrderDeliveryFee(order: DemoPastOrder): string {
  const { delivery } = order;
  if (delivery.fulfilment !== "carrier") return "0.00";
  const fee = demoCarrier(delivery.carrier).fees.find((candidate) => candidate.label === delivery.feeLabel);
  if (fee === undefined) {
    throw new UnknownDemoEntryError(`The carrier "${delivery.carrier}" has no fee "${delivery.feeLabel}"`);
  }
  return fee.price;
}
