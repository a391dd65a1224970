import type { Catalog, CatalogItem } from "./catalog.ts";

/** A quantity of an item (or of one of its variants) to take from a catalog's stock. */
export type StockLine = { readonly itemId: string; readonly variantId?: string; readonly quantity: number };

/** A line asking for more than the stock holds: `stock` units were left. */
export type StockShortage = StockLine & { readonly stock: number };

/**
 * The units left of an item or one of its variants; undefined when the shop does not count them. A variant without
 * its own count shares the item's.
 * @example stockOf(item, "1-kg") // 3
 */
export function stockOf(item: CatalogItem, variantId?: string): number | undefined {
  const variant = variantId === undefined ? undefined : item.variants.find((candidate) => candidate.id === variantId);
  return variant?.stock ?? item.stock;
}

/** Where a line's stock is counted: the variant's own count, else the item's; undefined when none is. */
function stockKey(item: CatalogItem, variantId: string | undefined): string | undefined {
  const variant = variantId === undefined ? undefined : item.variants.find((candidate) => candidate.id === variantId);
  if (variant?.stock !== undefined) return `${item.id}\u0000${variant.id}`;
  return item.stock === undefined ? undefined : item.id;
}

/** The lines that ask for more than is left, counting several lines that share one stock together. */
export function stockShortages(catalog: Catalog, lines: readonly StockLine[]): StockShortage[] {
  const wanted = wantedByStock(catalog, lines);
  return lines.flatMap((line) => {
    const item = catalog.items.find((candidate) => candidate.id === line.itemId);
    const key = item === undefined ? undefined : stockKey(item, line.variantId);
    if (item === undefined || key === undefined) return [];
    const stock = stockOf(item, line.variantId)!;
    return wanted.get(key)! > stock ? [{ ...line, stock }] : [];
  });
}

/**
 * The catalog with the lines' quantities taken from the stock counts (never below 0), for a shop that accepts an
 * order; items and variants not counted are left as they are, and so are lines naming an item no longer sold.
 * @example takeFromStock(catalog, [{ itemId: "miel", quantity: 2 }]).items[0].stock // 3 → 1
 */
export function takeFromStock(catalog: Catalog, lines: readonly StockLine[]): Catalog {
  const wanted = wantedByStock(catalog, lines);
  const lowered = (key: string, stock: number) => Math.max(0, stock - (wanted.get(key) ?? 0));
  return {
    ...catalog,
    items: catalog.items.map((item) => ({
      ...item,
      ...(item.stock !== undefined && { stock: lowered(item.id, item.stock) }),
      variants: item.variants.map((variant) =>
        variant.stock === undefined
          ? variant
          : { ...variant, stock: lowered(`${item.id}\u0000${variant.id}`, variant.stock) },
      ),
    })),
  };
}

function wantedByStock(catalog: Catalog, lines: readonly StockLine[]): Map<string, number> {
  const wanted = new Map<string, number>();
  for (const line of lines) {
    const item = catalog.items.find((candidate) => candidate.id === line.itemId);
    const key = item === undefined ? undefined : stockKey(item, line.variantId);
    if (key !== undefined) wanted.set(key, (wanted.get(key) ?? 0) + line.quantity);
  }
  return wanted;
}
