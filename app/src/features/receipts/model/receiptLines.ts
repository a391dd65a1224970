import {
  type Catalog,
  currencyMinorUnits,
  minorUnitsToPrice,
  type OrderItems,
  priceToMinorUnits,
  vatBreakdown,
} from "@grandrue/sdk";

/** One line of a receipt: what was bought, how many, at what price, and the VAT its price includes. */
export type ReceiptLine = {
  title: string;
  variant?: string;
  quantity: number;
  unitPrice: string;
  total: string;
  vatRate?: string;
};

/** What one VAT rate adds up to, as prices: VAT-included total, the amount before VAT, and the VAT. */
export type ReceiptVat = { vatRate: string; gross: string; net: string; vat: string };

export type Receipt = {
  lines: ReceiptLine[];
  subtotal: string;
  deliveryFee: string;
  total: string;
  /** Per rate; empty when the shop gave no VAT rate. */
  vat: ReceiptVat[];
  /** Some lines have no VAT rate (the shop gave none for them). */
  hasLinesWithoutRate: boolean;
};

/**
 * The receipt of an order from its line items (what the buyer paid, frozen at checkout) and the catalog version the
 * order names (for the VAT rates and variant labels): exact amounts in the order's price unit.
 * @example receiptOf(items, catalog).vat // [{ vatRate: "5.5", gross: "6.40", net: "6.07", vat: "0.33" }]
 */
export function receiptOf(items: OrderItems, catalog: Catalog | undefined): Receipt {
  const decimals = currencyMinorUnits(items.priceUnit);
  const price = (minor: bigint) => minorUnitsToPrice(minor, decimals);
  const lines = items.lines.map((line) => {
    const item = catalog?.items.find((candidate) => candidate.id === line.itemId);
    const variant = item?.variants.find((candidate) => candidate.id === line.variantId);
    const amount = BigInt(line.quantity) * priceToMinorUnits(line.unitPrice, decimals);
    return {
      line: {
        title: line.title,
        ...(line.variantId !== undefined && { variant: variant?.label ?? line.variantId }),
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        total: price(amount),
        ...(item?.vatRate !== undefined && { vatRate: item.vatRate }),
      },
      amount,
    };
  });
  const vat = vatBreakdown(lines.map(({ line, amount }) => ({ amount, vatRate: line.vatRate }))).map((rate) => ({
    vatRate: rate.vatRate,
    gross: price(rate.gross),
    net: price(rate.net),
    vat: price(rate.vat),
  }));
  const subtotal = lines.reduce((sum, { amount }) => sum + amount, 0n);
  const fee = priceToMinorUnits(items.deliveryFee, decimals);
  return {
    lines: lines.map(({ line }) => line),
    subtotal: price(subtotal),
    deliveryFee: price(fee),
    total: price(subtotal + fee),
    vat,
    hasLinesWithoutRate: lines.some(({ line }) => line.vatRate === undefined),
  };
}
