import type { CatalogItem } from "@grandrue/sdk";

/** From this many units left down, shoppers are told how many remain ("plus que 3"). */
export const FEW_LEFT = 5;

/** What a shopper is told about the stock: nothing, "only N left", or "sold out". */
export type StockLevel = { level: "few"; count: number } | { level: "sold-out" } | undefined;

/** The level for a count of units left (undefined when the shop does not count them). */
export function stockLevel(stock: number | undefined): StockLevel {
  if (stock === undefined || stock > FEW_LEFT) return undefined;
  return stock === 0 ? { level: "sold-out" } : { level: "few", count: stock };
}

/** Units left of the whole item: its variants' own counts added up when each has one, else the item's count. */
export function itemStockLeft(item: CatalogItem): number | undefined {
  const counted = item.variants.filter((variant) => variant.stock !== undefined);
  if (item.variants.length > 0 && counted.length === item.variants.length)
    return counted.reduce((total, variant) => total + variant.stock!, 0);
  return item.stock;
}
