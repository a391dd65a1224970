// @vitest-environment happy-dom

import { prepareOrder } from "@grandrue/sdk";
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { TEST_ORDER_ID, TEST_TOKEN, testOrder } from "../../../../test/orderFixtures.ts";
import { renderWithMarket } from "../../../../test/renderWithMarket.tsx";
import { rememberOrderDocuments } from "../../../orders/index.ts";
import { IncomingOrderCard } from "./IncomingOrderCard.tsx";

/** Nothing listens there: every gateway read fails at once, as when no node has the document any more. */
const UNREACHABLE = { VITE_IPFS_GATEWAYS: "http://127.0.0.1:9", VITE_IPFS_APIS: '["http://127.0.0.1:9/api/v0"]' };

describe("an order in the merchant's order list", () => {
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });

  test("names the buyer without the role the demo wallet gives her", async () => {
    await renderWithMarket(<IncomingOrderCard order={testOrder()} now={1_800_000_100} />, {
      path: "/shops/1/orders",
    });
    const paidBy = screen.getByText(/^Payée par/);
    expect(paidBy.textContent).toMatch(/^Payée par Camille le /);
    expect(paidBy.textContent).not.toContain("achète");
  });

  test("shows the order's short reference and links to it by its id in hex, as every view does", async () => {
    await renderWithMarket(<IncomingOrderCard order={testOrder()} now={1_800_000_100} />);
    const link = screen.getByRole("link", { name: "Commande 0xa15e3c91" });
    expect(link.getAttribute("href")).toBe(`/shops/1/orders/0x${TEST_ORDER_ID.toString(16)}`);
  });

  test("reads the order's items as the buyer's page does: from this browser's copy when no gateway has them", async () => {
    const prepared = prepareOrder({
      chainId: 31337,
      buyer: testOrder().terms.buyer,
      shopId: 1n,
      catalogCid: "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4",
      priceUnit: "EUR",
      lines: [{ itemId: "croissant-beurre", title: "Croissant au beurre", quantity: 2, unitPrice: "1.30" }],
      deliveryFee: "0.00",
      fulfilment: "pickup",
      payment: { token: TEST_TOKEN, rate: 10n ** 18n },
    });
    rememberOrderDocuments(localStorage, prepared);
    const order = { ...testOrder(), itemsDigest: prepared.itemsDigest };
    await renderWithMarket(<IncomingOrderCard order={order} now={1_800_000_100} />, { env: UNREACHABLE });
    expect(await screen.findByText(/2 × Croissant au beurre/)).toBeTruthy();
  });
});
