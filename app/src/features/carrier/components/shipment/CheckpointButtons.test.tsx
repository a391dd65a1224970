// @vitest-environment happy-dom

import type { OrderStatus, OrderTerms } from "@grandrue/sdk";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import type { Address } from "viem";
import { afterEach, describe, expect, test, vi } from "vitest";
import { renderWithMarket } from "../../../../test/renderWithMarket.tsx";
import { checkpointChoices } from "../../lib/checkpointChoices.ts";
import { CheckpointButtons } from "./CheckpointButtons.tsx";

const COURIER = "0x1CBd3b2770909D4e10f157cABC84C7264073C9Ec" as Address;
const NOW = 1_800_000_000;
const BUYER = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" as Address;
const terms = { buyer: BUYER, carrier: COURIER, returnHours: 168 } as OrderTerms;

async function buttonsFor(status: OrderStatus) {
  const onRecord = vi.fn();
  const { checkpoints } = checkpointChoices(
    {
      status,
      deadline: NOW + 3600,
      isFeePaid: false,
      isShopAccepted: false,
      isShopPaid: false,
      deliveredAt: 0,
      isArbitrated: false,
    },
    terms,
    COURIER,
    NOW,
  );
  await renderWithMarket(<CheckpointButtons checkpoints={checkpoints} busy={undefined} onRecord={onRecord} />);
  return { onRecord, names: screen.queryAllByRole("button").map((button) => button.textContent) };
}

describe("the courier's checkpoint buttons", () => {
  afterEach(cleanup);

  test("an order ready at the shop shows one big “picked up” button, which records that checkpoint", async () => {
    const { onRecord, names } = await buttonsFor("Accepted");
    expect(names).toEqual(["J'ai retiré le colis"]);
    fireEvent.click(screen.getByRole("button", { name: "J'ai retiré le colis" }));
    expect(onRecord).toHaveBeenCalledWith("PickedUp");
  });

  test("a parcel on the road shows in transit, out for delivery, customer not in and returned", async () => {
    const { names } = await buttonsFor("Shipped");
    expect(names).toEqual(["En route", "En cours de livraison", "Client absent", "Colis rapporté au commerce"]);
  });

  test("a delivered, a paid and a cancelled order show no button", async () => {
    for (const status of ["Delivered", "Paid", "Cancelled"] as const) {
      const { names } = await buttonsFor(status);
      expect(names, status).toEqual([]);
      cleanup();
    }
  });
});
