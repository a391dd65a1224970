// @vitest-environment happy-dom

import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { testOrder } from "../../../../test/orderFixtures.ts";
import { renderWithMarket } from "../../../../test/renderWithMarket.tsx";
import { indexedShop } from "../../../../test/shopFixtures.ts";
import { MoneyCard } from "./MoneyCard.tsx";

const NOW = 1_800_000_000;
const DAY = 86_400;

describe("the merchant's money panel", () => {
  afterEach(cleanup);

  test("never announces the next payout in the past: an order whose return window ended is ready to collect", async () => {
    const orders = [
      { ...testOrder({ status: "Delivered", deadline: NOW - 6 * DAY }), orderId: 1n },
      { ...testOrder({ status: "Delivered", deadline: NOW + 3 * DAY }), orderId: 2n },
    ];
    await renderWithMarket(<MoneyCard shop={indexedShop()} orders={orders} now={NOW} />);
    expect(document.body.textContent).not.toMatch(/il y a/);
    expect(screen.getByText(/dans 3 jours/).textContent).toMatch(/encaiss/);
    expect(screen.getByText(/1 commande est prête à être encaissée/)).toBeTruthy();
  });

  test("says nothing of a next payout when only past ones are waiting", async () => {
    const orders = [testOrder({ status: "Delivered", deadline: NOW - 6 * DAY })];
    await renderWithMarket(<MoneyCard shop={indexedShop()} orders={orders} now={NOW} />);
    expect(document.body.textContent).not.toMatch(/il y a|prochain/);
  });
});
