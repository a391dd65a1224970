// @vitest-environment happy-dom
import type { OrderDetails, OrderItems } from "@grandrue/sdk";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { type Hex, zeroAddress } from "viem";
import { afterEach, describe, expect, test } from "vitest";
import { renderWithMarket } from "../../../../test/renderWithMarket.tsx";
import { indexedShop, TEST_CATALOG } from "../../../../test/shopFixtures.ts";
import { StockCard } from "./StockCard.tsx";

const HASH = `0x${"ab".repeat(32)}` as Hex;
const shop = indexedShop({
  catalog: {
    ...TEST_CATALOG,
    schema: "grandrue.catalog/2",
    items: TEST_CATALOG.items.map((item) => (item.id === "baguette" ? { ...item, stock: 5 } : item)),
  },
});
const items = {
  priceUnit: "EUR",
  lines: [
    { itemId: "baguette", title: "Baguette de tradition", quantity: 2, unitPrice: "1.30" },
    { itemId: "pain-au-levain", title: "Pain au levain", quantity: 1, unitPrice: "3.20" },
  ],
} as OrderItems;

function order(status: OrderDetails["state"]["status"]): OrderDetails {
  return {
    orderId: 7n,
    terms: { shopId: shop.shopId, token: zeroAddress, carrier: zeroAddress } as unknown as OrderDetails["terms"],
    itemsDigest: HASH,
    shippingDigest: HASH,
    acceptDeadline: 0,
    blockNumber: 1n,
    transactionHash: HASH,
    paidAt: 0,
    state: { status, deadline: 0, isFeePaid: false, disputeId: 0n, isReviewed: false } as OrderDetails["state"],
  };
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe("StockCard", () => {
  test("once the order is accepted, offers to take its counted items from the stock in one publication", async () => {
    await renderWithMarket(<StockCard shop={shop} order={order("Accepted")} items={items} />, {
      connectedAccountIndex: 3,
    });
    const card = screen.getByRole("heading", { name: "Stock" }).closest("section")!;
    expect(
      within(card)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Baguette de tradition : 5 → 3"]);
    fireEvent.click(within(card).getByRole("button", { name: "Retirer du stock et publier le catalogue" }));
    expect(await screen.findByRole("dialog")).toBeTruthy();
  });

  test("says nothing before acceptance, nor for an order without counted items", async () => {
    await renderWithMarket(<StockCard shop={shop} order={order("Paid")} items={items} />);
    expect(screen.queryByRole("heading", { name: "Stock" })).toBeNull();
    cleanup();
    await renderWithMarket(
      <StockCard shop={shop} order={order("Accepted")} items={{ ...items, lines: [items.lines[1]!] }} />,
    );
    expect(screen.queryByRole("heading", { name: "Stock" })).toBeNull();
  });

  test("remembers on this device that the order's stock was taken", async () => {
    localStorage.setItem("grandrue.stock-taken.31337.7", "2026-12-06T10:00:00Z");
    await renderWithMarket(<StockCard shop={shop} order={order("Shipped")} items={items} />);
    expect(screen.getByRole("status").textContent).toBe("Le stock de cette commande est déjà retiré du catalogue.");
  });
});
