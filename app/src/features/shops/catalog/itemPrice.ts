import { type CatalogItem, type CatalogVariant, currencyMinorUnits, priceToMinorUnits } from "@grandrue/sdk";

/**
 * The price of an item in one of its variants: the variant's own price, else the item's.
 * @example variantPrice(item, item.variants[1]) // "5.90"
 */
export function variantPrice(item: CatalogItem, variant: CatalogVariant | undefined): string {
  return variant?.price ?? item.price;
}

/**
 * The price to show on an item's card: the lowest of its variants' prices when they differ ("from 3.10 €"), else its
 * own price. Compared exactly, in minor units.
 * @example lowestPrice(painAuLevain, "EUR") // { amount: "3.10", isFrom: true }
 */
export function lowestPrice(item: CatalogItem, priceUnit: string): { amount: string; isFrom: boolean } {
  const decimals = currencyMinorUnits(priceUnit);
  const prices =
    item.variants.length === 0 ? [item.price] : item.variants.map((variant) => variantPrice(item, variant));
  const lowest = prices.reduce((best, price) =>
    priceToMinorUnits(price, decimals) < priceToMinorUnits(best, decimals) ? price : best,
  );
  return { amount: lowest, isFrom: new Set(prices.map((price) => priceToMinorUnits(price, decimals))).size > 1 };
}
