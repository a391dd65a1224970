// @vitest-environment happy-dom
import type { Catalog, OrderDetails, OrderItems } from "@grandrue/sdk";
import { cleanup, screen, within } from "@testing-library/react";
import { type Hex, zeroAddress } from "viem";
import { afterEach, describe, expect, test } from "vitest";
import { renderWithMarket } from "../../../test/renderWithMarket.tsx";
import { shopMetadata } from "../../../test/shopFixtures.ts";
import { ReceiptDocument } from "./ReceiptDocument.tsx";

const HASH = `0x${"ab".repeat(32)}` as Hex;
const order = {
  orderId: 0xa15en,
  terms: { buyer: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", token: zeroAddress, amount: 10n, deliveryFee: 0n },
  itemsDigest: HASH,
  paidAt: 1_796_000_000,
  state: { status: "Completed" },
} as unknown as OrderDetails;
const items = {
  priceUnit: "EUR",
  deliveryFee: "0.00",
  lines: [
    { itemId: "miche", title: "Miche au levain", quantity: 2, unitPrice: "3.20" },
    { itemId: "sac", title: "Sac en toile", quantity: 1, unitPrice: "12.00" },
  ],
} as OrderItems;
const catalog = {
  items: [
    { id: "miche", vatRate: "5.5", variants: [] },
    { id: "sac", vatRate: "20", variants: [] },
  ],
} as unknown as Catalog;
const shop = {
  ...shopMetadata(),
  schema: "grandrue.shop/2" as const,
  legal: { name: "SARL Fournil de la Halle", siret: "73282932000074", vatNumber: "FR40303265045" },
};

afterEach(cleanup);

describe("ReceiptDocument", () => {
  test("names the seller by its legal identity and breaks the VAT down per rate, in French", async () => {
    await renderWithMarket(<ReceiptDocument order={order} items={items} catalog={catalog} shop={shop} copy="buyer" />);
    const receipt = screen.getByRole("article", { name: "Reçu" });
    const seller = within(receipt).getByText("SARL Fournil de la Halle").closest("address")!;
    expect(seller.textContent).toContain("Le Fournil de la Halle");
    expect(seller.textContent).toContain("SIRET : 73282932000074");
    expect(seller.textContent).toContain("N° de TVA : FR40303265045");
    const rows = within(receipt).getAllByRole("table")[0]!.querySelectorAll("tbody tr");
    expect([...rows].map((row) => row.textContent?.replace(/\s/g, " "))).toEqual([
      "2Miche au levain3,20 €5,5 %6,40 €",
      "1Sac en toile12,00 €20 %12,00 €",
    ]);
    const vat = within(receipt).getByRole("table", { name: "Détail de la TVA" });
    expect(vat.textContent?.replace(/\s/g, " ")).toContain("5,5 %6,07 €0,33 €6,40 €");
    expect(vat.textContent?.replace(/\s/g, " ")).toContain("20 %10,00 €2,00 €12,00 €");
    expect(within(receipt).getByText("client")).toBeTruthy();
  });

  test("is the shop's copy in English, and says so when the shop published no legal identity or rate", async () => {
    await renderWithMarket(
      <ReceiptDocument order={order} items={items} catalog={undefined} shop={shopMetadata()} copy="shop" />,
      { language: "en" },
    );
    expect(screen.getByText("shop")).toBeTruthy();
    expect(screen.getByText("The shop has not published a registered name or number.")).toBeTruthy();
    expect(screen.getByText("The shop gave no VAT rate for these items.")).toBeTruthy();
    expect(screen.queryByRole("table", { name: "VAT breakdown" })).toBeNull();
  });
});
