import { catalogItemSchema, MAX_VARIANT_LABEL_LENGTH } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import {
  emptyItemForm,
  type ItemForm,
  itemFormFrom,
  itemFromForm,
  NEW_VARIANT_PREFIX,
  validateItemForm,
} from "./itemForm.ts";

function form(patch: Partial<ItemForm> = {}): ItemForm {
  return { ...emptyItemForm(), id: "miche", title: "Miche au levain", price: "6,40 €", ...patch };
}

describe("the item form", () => {
  test("a price typed with a decimal comma and a euro sign becomes a document price", () => {
    expect(validateItemForm(form(), "EUR")).toEqual({});
    expect(itemFromForm(form()).price).toBe("6.40");
  });

  test("a missing title, a price that is not a number and three decimals are refused", () => {
    expect(validateItemForm(form({ title: " " }), "EUR").title).toBe("required");
    expect(validateItemForm(form({ price: "6,4O" }), "EUR").price).toBe("price");
    expect(validateItemForm(form({ price: "6.405" }), "EUR").price).toBe("pricePrecision");
  });

  test("a variant needs a label, and two variants may not share one", () => {
    const variant = { id: `${NEW_VARIANT_PREFIX}1`, label: "", price: "", available: true, stock: "" };
    expect(validateItemForm(form({ variants: [variant] }), "EUR").variants).toBe("variant");
    const twins = [
      { ...variant, label: "500 g" },
      { ...variant, id: `${NEW_VARIANT_PREFIX}2`, label: "500 G" },
    ];
    expect(validateItemForm(form({ variants: twins }), "EUR").variants).toBe("variantTwice");
    const long = { ...variant, label: "x".repeat(MAX_VARIANT_LABEL_LENGTH + 1) };
    expect(validateItemForm(form({ variants: [long] }), "EUR").variants).toBe("variantTooLong");
  });

  test("variants added in the form get ids from their labels, unique within the item", () => {
    const variants = [
      { id: "1kg", label: "1 kg", price: "", available: true, stock: "" },
      { id: `${NEW_VARIANT_PREFIX}1`, label: "1 kg tranché", price: "7,10", available: true, stock: "" },
      { id: `${NEW_VARIANT_PREFIX}2`, label: "Demi", price: "", available: false, stock: "" },
    ];
    const item = itemFromForm(form({ variants }));
    expect(item.variants.map((variant) => variant.id)).toEqual(["1kg", "1-kg-tranche", "demi"]);
    expect(item.variants[1]?.price).toBe("7.10");
    expect(catalogItemSchema.safeParse(item).success).toBe(true);
  });

  test("takes an optional stock per item and variant and a VAT rate, refusing what is not a count or a rate", () => {
    const variants = [{ id: "1kg", label: "1 kg", price: "", available: true, stock: "4" }];
    const item = itemFromForm(form({ stock: "12", vatRate: "5,5 %", variants }));
    expect(item).toMatchObject({ stock: 12, vatRate: "5.5", variants: [{ stock: 4 }] });
    expect(itemFromForm(form({})).stock).toBeUndefined();
    expect(validateItemForm(form({ stock: "-1" }), "EUR").stock).toBe("stock");
    expect(validateItemForm(form({ stock: "2.5" }), "EUR").stock).toBe("stock");
    expect(validateItemForm(form({ stock: "100001" }), "EUR").stock).toBe("stock");
    expect(validateItemForm(form({ variants: [{ ...variants[0]!, stock: "trois" }] }), "EUR").variants).toBe("stock");
    expect(validateItemForm(form({ vatRate: "20 €" }), "EUR").vatRate).toBe("vatRate");
    expect(validateItemForm(form({ vatRate: "120" }), "EUR").vatRate).toBe("vatRate");
    expect(validateItemForm(form({ stock: "0", vatRate: "2,1" }), "EUR")).toEqual({});
  });

  test("an item round-trips through the form", () => {
    const item = itemFromForm(form({ unit: "kg", categories: ["pains"], stock: "3", vatRate: "5.5" }));
    expect(itemFromForm(itemFormFrom(item))).toEqual(item);
  });
});
