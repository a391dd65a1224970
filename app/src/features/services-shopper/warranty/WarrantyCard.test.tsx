// @vitest-environment happy-dom

import { cidOfDigest, type OrderDetails, type OrderWarranty } from "@grandrue/sdk";
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { chainNowKey, serviceKeys } from "../../../market/index.ts";
import { renderWithMarket } from "../../../test/renderWithMarket.tsx";
import { HARDHAT_ACCOUNTS } from "../../wallet/index.ts";
import { WarrantyCard } from "./WarrantyCard.tsx";

afterEach(cleanup);

const ORDER_ID = 7n;
const ITEMS_DIGEST = `0x${"11".repeat(32)}` as const;
const camille = HARDHAT_ACCOUNTS[1]!;
const order = {
  orderId: ORDER_ID,
  itemsDigest: ITEMS_DIGEST,
  terms: { buyer: camille, shopId: 8n, amount: 45n * 10n ** 18n, token: HARDHAT_ACCOUNTS[9]! },
  state: { status: "Completed" },
} as unknown as OrderDetails;

/** Camille's completed order, still under a year of warranty, with this claim (or none). */
async function renderCard(claim: OrderWarranty["claim"], chainNow = Math.floor(Date.now() / 1000)) {
  const { queryClient } = await renderWithMarket(<WarrantyCard order={order} shopName="Cycles Girard" />, {
    connectedAccountIndex: 1,
  });
  const warranty: OrderWarranty = { endsAt: Math.floor(Date.now() / 1000) + 365 * 86_400, claim };
  act(() => {
    queryClient.setQueryData(chainNowKey(31337), chainNow);
    queryClient.setQueryData(serviceKeys.orderWarranty(31337, ORDER_ID), warranty);
    queryClient.setQueryData(["document", "order-items", cidOfDigest(ITEMS_DIGEST)], {
      priceUnit: "EUR",
      payment: { rate: (10n ** 18n).toString() },
    });
  });
}

async function openClaimForm() {
  await renderCard(undefined);
  fireEvent.click(await screen.findByRole("button", { name: "Faire jouer la garantie" }));
}

function fill(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

const send = () => fireEvent.click(screen.getByRole("button", { name: "Envoyer ma réclamation" }));

describe("WarrantyCard's claim form", () => {
  test("offers the order amount, and opens the wallet's review once the problem is described", async () => {
    await openClaimForm();
    expect((screen.getByLabelText(/^Montant demandé/) as HTMLInputElement).value).toBe("45,00");
    fill(/^Le problème/, "Le phare ne s'allume plus.");
    fill(/^Montant demandé/, "30,50");
    send();
    expect(await screen.findByRole("dialog")).toBeTruthy();
    expect(screen.getByText("Réclamation sous garantie chez Cycles Girard")).toBeTruthy();
    expect(screen.getByText(/30,50/)).toBeTruthy();
  });

  test("refuses more than the order amount before the wallet opens", async () => {
    await openClaimForm();
    fill(/^Le problème/, "Le phare ne s'allume plus.");
    fill(/^Montant demandé/, "45,01");
    send();
    expect(await screen.findByText(/ne peut pas demander plus que le montant de la commande/)).toBeTruthy();
    expect(screen.getByLabelText(/^Montant demandé/).getAttribute("aria-invalid")).toBe("true");
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  test("refuses an empty description before the wallet opens", async () => {
    await openClaimForm();
    fill(/^Le problème/, "   ");
    send();
    expect(await screen.findByText("Décrivez le problème.")).toBeTruthy();
    expect(screen.queryByText(/ne peut pas demander plus/)).toBeNull();
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});

describe("WarrantyCard's clock", () => {
  test("goes by the chain's clock: a warranty over on chain offers no claim, whatever this device's clock says", async () => {
    await renderCard(undefined, Math.floor(Date.now() / 1000) + 400 * 86_400);
    expect(await screen.findByText(/^La garantie de cette commande a pris fin le/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Faire jouer la garantie" })).toBeNull();
  });
});

describe("WarrantyCard's claim", () => {
  test("once ruled for the buyer, says so with the amount in euros, and offers no new claim", async () => {
    const filedAt = Math.floor(Date.now() / 1000);
    await renderCard({
      status: "Upheld",
      buyer: camille,
      token: order.terms.token,
      amount: 40n * 10n ** 18n,
      filedAt,
      arbitrator: camille,
      disputeId: 0n,
    });
    expect(await screen.findByText("Décidée en votre faveur")).toBeTruthy();
    expect(screen.getByText(/Réclamation du .* 40,00\s€/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Faire jouer la garantie" })).toBeNull();
  });
});
