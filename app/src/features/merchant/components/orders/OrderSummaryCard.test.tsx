// @vitest-environment happy-dom

import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { TEST_ORDER_ID, testOrder } from "../../../../test/orderFixtures.ts";
import { renderWithMarket } from "../../../../test/renderWithMarket.tsx";
import { OrderSummaryCard } from "./OrderSummaryCard.tsx";

describe("an order in the merchant's order list", () => {
  afterEach(cleanup);

  test("names the buyer without the role the demo wallet gives her", async () => {
    await renderWithMarket(<OrderSummaryCard order={testOrder()} now={1_800_000_100} />, {
      path: "/shops/1/orders",
    });
    const paidBy = screen.getByText(/^Payée par/);
    expect(paidBy.textContent).toMatch(/^Payée par Camille le /);
    expect(paidBy.textContent).not.toContain("achète");
  });

  test("shows the order's short reference and links to it by its id in hex, as every view does", async () => {
    await renderWithMarket(<OrderSummaryCard order={testOrder()} now={1_800_000_100} />);
    const link = screen.getByRole("link", { name: "Commande 0xa15e3c91" });
    expect(link.getAttribute("href")).toBe(`/shops/1/orders/0x${TEST_ORDER_ID.toString(16)}`);
  });
});
