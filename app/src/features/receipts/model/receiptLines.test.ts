import type { Catalog, OrderItems } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { receiptOf } from "./receiptLines.ts";

const items = {
  priceUnit: "EUR",
  deliveryFee: "3.50",
  lines: [
    { itemId: "miche", title: "Miche au levain", quantity: 2, unitPrice: "3.20" },
    { itemId: "miel", variantId: "500g", title: "Miel de tilleul", quantity: 1, unitPrice: "8.40" },
    { itemId: "sac", title: "Sac en toile", quantity: 1, unitPrice: "12.00" },
  ],
} as OrderItems;
const catalog = {
  items: [
    { id: "miche", vatRate: "5.5", variants: [] },
    { id: "miel", vatRate: "5.5", variants: [{ id: "500g", label: "500 g" }] },
    { id: "sac", vatRate: "20", variants: [] },
  ],
} as unknown as Catalog;

describe("receiptOf", () => {
  test("totals each line and breaks the VAT down per rate, exactly", () => {
    const receipt = receiptOf(items, catalog);
    expect(receipt.lines.map((line) => [line.title, line.variant, line.total, line.vatRate])).toEqual([
      ["Miche au levain", undefined, "6.40", "5.5"],
      ["Miel de tilleul", "500 g", "8.40", "5.5"],
      ["Sac en toile", undefined, "12.00", "20"],
    ]);
    expect(receipt).toMatchObject({
      subtotal: "26.80",
      deliveryFee: "3.50",
      total: "30.30",
      hasLinesWithoutRate: false,
    });
    expect(receipt.vat).toEqual([
      { vatRate: "5.5", gross: "14.80", net: "14.03", vat: "0.77" },
      { vatRate: "20", gross: "12.00", net: "10.00", vat: "2.00" },
    ]);
  });

  test("without the catalog (or rates) it still lists the lines and says the VAT is unknown", () => {
    const receipt = receiptOf(items, undefined);
    expect(receipt.vat).toEqual([]);
    expect(receipt.hasLinesWithoutRate).toBe(true);
    expect(receipt.lines[1]?.variant).toBe("500g");
  });
});
