import { type Catalog, parseCatalog, stockOf, stockShortages, takeFromStock, vatBreakdown } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { validCatalog } from "./fixtures.ts";

/** Baguette: 5 counted; croissant: plain counts 2 of its own, almond shares the item's 4. */
function stockedCatalog(): Catalog {
  const catalog = parseCatalog(validCatalog());
  const [baguette, croissant] = catalog.items;
  return {
    ...catalog,
    items: [
      { ...baguette!, stock: 5 },
      { ...croissant!, stock: 4, variants: [{ ...croissant!.variants[0]!, stock: 2 }, croissant!.variants[1]!] },
    ],
  };
}

describe("stock", () => {
  test("stockOf reads a variant's own count, else the item's, else nothing", () => {
    const [baguette, croissant] = stockedCatalog().items;
    expect(stockOf(baguette!)).toBe(5);
    expect(stockOf(croissant!, "plain")).toBe(2);
    expect(stockOf(croissant!, "almond")).toBe(4);
    expect(stockOf(parseCatalog(validCatalog()).items[0]!)).toBeUndefined();
  });

  test("stockShortages counts lines sharing one stock together", () => {
    const catalog = stockedCatalog();
    expect(stockShortages(catalog, [{ itemId: "baguette", quantity: 5 }])).toEqual([]);
    expect(
      stockShortages(catalog, [
        { itemId: "baguette", quantity: 6 },
        { itemId: "croissant", variantId: "plain", quantity: 2 },
        { itemId: "unknown", quantity: 99 },
      ]),
    ).toEqual([{ itemId: "baguette", quantity: 6, stock: 5 }]);
    expect(
      stockShortages(catalog, [
        { itemId: "croissant", quantity: 3 },
        { itemId: "croissant", variantId: "almond", quantity: 2 },
      ]),
    ).toHaveLength(2);
  });

  test("takeFromStock lowers the counted stocks, never below 0, and leaves the rest alone", () => {
    const lowered = takeFromStock(stockedCatalog(), [
      { itemId: "baguette", quantity: 2 },
      { itemId: "croissant", variantId: "plain", quantity: 3 },
      { itemId: "croissant", variantId: "almond", quantity: 1 },
      { itemId: "gone", quantity: 1 },
    ]);
    expect(lowered.items[0]?.stock).toBe(3);
    expect(lowered.items[1]?.variants.map((variant) => variant.stock)).toEqual([0, undefined]);
    expect(lowered.items[1]?.stock).toBe(3);
    expect(parseCatalog(lowered)).toEqual(lowered);
  });
});

describe("vatBreakdown", () => {
  test("adds up each rate, then rounds its net half up", () => {
    expect(
      vatBreakdown([
        { amount: 1200n, vatRate: "20" },
        { amount: 211n, vatRate: "5.5" },
        { amount: 300n, vatRate: "20" },
        { amount: 999n, vatRate: undefined },
      ]),
    ).toEqual([
      { vatRate: "5.5", gross: 211n, net: 200n, vat: 11n },
      { vatRate: "20", gross: 1500n, net: 1250n, vat: 250n },
    ]);
    expect(vatBreakdown([{ amount: 100n, vatRate: "8.1" }])).toEqual([
      { vatRate: "8.1", gross: 100n, net: 93n, vat: 7n },
    ]);
  });
});
