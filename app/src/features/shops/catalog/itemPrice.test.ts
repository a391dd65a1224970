import type { CatalogItem } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { lowestPrice, variantPrice } from "./itemPrice.ts";

const item = (price: string, variants: { id: string; price?: string }[]): CatalogItem => ({
  id: "pain",
  title: "Pain",
  description: "",
  images: [],
  price,
  variants: variants.map((variant) => ({ ...variant, label: variant.id, available: true })),
  available: true,
  categories: [],
  labels: [],
  pickup: true,
  delivery: false,
});

describe("item prices", () => {
  test("a variant's own price wins over the item's", () => {
    const bread = item("3.20", [{ id: "500g" }, { id: "1kg", price: "5.90" }]);
    expect(variantPrice(bread, bread.variants[0])).toBe("3.20");
    expect(variantPrice(bread, bread.variants[1])).toBe("5.90");
  });

  test("a card shows the lowest variant price as 'from' when prices differ, compared exactly", () => {
    expect(
      lowestPrice(
        item("3.20", [
          { id: "500g", price: "3.20" },
          { id: "1kg", price: "5.90" },
          { id: "half", price: "3.1" },
        ]),
        "EUR",
      ),
    ).toEqual({ amount: "3.1", isFrom: true });
  });

  test("a card shows the plain price when every variant costs the same", () => {
    expect(lowestPrice(item("2.90", [{ id: "6" }, { id: "six", price: "2.9" }]), "EUR")).toEqual({
      amount: "2.90",
      isFrom: false,
    });
    expect(lowestPrice(item("1.30", []), "EUR")).toEqual({ amount: "1.30", isFrom: false });
  });
});
