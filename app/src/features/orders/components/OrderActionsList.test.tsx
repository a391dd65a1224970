// @vitest-environment happy-dom

import type { OrderAbilities, OrderDetails, OrderItems } from "@grandrue/sdk";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { useState } from "react";
import { type Hex, zeroAddress } from "viem";
import { afterEach, describe, expect, test } from "vitest";
import { orderReference } from "../../../lib/orderPath.ts";
import { renderWithMarket, TEST_DEPLOYMENT } from "../../../test/renderWithMarket.tsx";
import { TransactionDialog, useTransaction } from "../../../transaction/index.ts";
import runOrderAction from "../transactions/orderAction.ts";
import { OrderActionsList } from "./OrderActionsList.tsx";

const CAMILLE = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const HASH: Hex = `0x${"ab".repeat(32)}`;
const NONE: OrderAbilities = {
  canCancel: false,
  canAccept: false,
  canDecline: false,
  canMarkShipped: false,
  canConfirmPickup: false,
  canConfirmDelivery: false,
  canConfirmReceipt: false,
  canRelease: false,
  canComplete: false,
  canExpire: false,
  canDispute: false,
  canProposeSettlement: false,
  canAcceptSettlement: false,
  canRequestArbitration: false,
  canResolveTimedOut: false,
  canReview: false,
};
const terms = {
  buyer: CAMILLE,
  shopId: 3n,
  payout: CAMILLE,
  token: zeroAddress,
  amount: 12n * 10n ** 18n,
  deliveryFee: 0n,
  carrier: zeroAddress,
  arbitrator: TEST_DEPLOYMENT.contracts.MediatorArbitrator.address,
  hook: zeroAddress,
  shipHours: 24,
  deliveryHours: 24,
  returnHours: 168,
  codeHash: HASH,
  detailsHash: HASH,
} as const;
const order: OrderDetails = {
  orderId: 7n,
  terms,
  itemsDigest: HASH,
  shippingDigest: HASH,
  acceptDeadline: 0,
  blockNumber: 1n,
  transactionHash: HASH,
  paidAt: 0,
  state: {
    status: "Disputed",
    deadline: 0,
    isFeePaid: false,
    paidAt: 0,
    shippedAt: 0,
    deliveredAt: 0,
    closedAt: 0,
    isShopAccepted: true,
    isShopPaid: false,
    isArbitrated: false,
    isDeliveredWithCode: false,
    disputeId: 0n,
    isReviewed: false,
    settlementOffer: { proposer: CAMILLE.replace("7099", "9999") as Hex, buyerAmount: 5n * 10n ** 18n },
  },
};
const items = { priceUnit: "EUR", subtotal: "12.00", payment: { rate: (10n ** 18n).toString() } } as OrderItems;
const action = { orderId: 7n, terms, reference: orderReference(7n), shopName: "La Cave du Quai", total: "12,00 €" };

/** The list as the order page renders it: every action opens the page's one transaction dialog. */
function ActionsWithDialog({ abilities }: { abilities: OrderAbilities }) {
  const dialog = useTransaction(runOrderAction);
  return (
    <>
      <OrderActionsList abilities={abilities} order={order} items={items} action={action} onAction={dialog.open} />
      <TransactionDialog handle={dialog} />
    </>
  );
}

async function renderActions(abilities: Partial<OrderAbilities>) {
  return renderWithMarket(<ActionsWithDialog abilities={{ ...NONE, ...abilities }} />, { connectedAccountIndex: 1 });
}

const buttonNames = () => screen.queryAllByRole("button").map((button) => button.textContent);

describe("OrderActionsList", () => {
  afterEach(cleanup);

  test("offers nothing when the abilities allow nothing (and never the shop's or the carrier's actions)", async () => {
    await renderActions({
      canAccept: true,
      canDecline: true,
      canConfirmDelivery: true,
      canConfirmPickup: true,
      canMarkShipped: true,
    });
    expect(buttonNames()).toEqual([]);
  });

  test("an action's dialog outlives its button: once the order is cancelled the button goes, the dialog stays", async () => {
    function CancelledMeanwhile() {
      const [abilities, setAbilities] = useState<OrderAbilities>({ ...NONE, canCancel: true });
      return (
        <>
          <button type="button" onClick={() => setAbilities(NONE)}>
            The order is cancelled
          </button>
          <ActionsWithDialog abilities={abilities} />
        </>
      );
    }
    await renderWithMarket(<CancelledMeanwhile />, { connectedAccountIndex: 1 });
    fireEvent.click(screen.getByRole("button", { name: "Annuler la commande" }));
    fireEvent.click(screen.getByRole("button", { name: "The order is cancelled", hidden: true }));
    expect(screen.queryByRole("button", { name: "Annuler la commande", hidden: true })).toBeNull();
    expect(screen.getByRole("dialog", { name: "Annuler votre commande chez La Cave du Quai" })).toBeTruthy();
  });

  test("before acceptance: cancel, and release the payment now", async () => {
    await renderActions({ canCancel: true, canRelease: true });
    expect(buttonNames()).toEqual(["Annuler la commande", "Libérer le paiement maintenant"]);
  });

  test("after delivery: a review and a dispute that says who decides without an agreement", async () => {
    await renderActions({ canReview: true, canDispute: true, canRelease: true });
    expect(buttonNames()).toEqual(["Publier mon avis", "Ouvrir un litige", "Libérer le paiement maintenant"]);
    expect(
      screen.getByText(/c'est le médiateur de la place de marché, que ce commerce a accepté, qui tranche/),
    ).toBeTruthy();
  });

  test("in a dispute: the shop's standing offer in euros at the order's rate, and a counter-offer", async () => {
    await renderActions({ canProposeSettlement: true, canAcceptSettlement: true });
    expect(screen.getByText("Le commerce propose de vous rendre 5,00 € pour clore le litige.")).toBeTruthy();
    expect(buttonNames()).toEqual(["Accepter l'offre", "Proposer cet accord"]);
  });

  test("a dispute past its deadline: the buyer can end it, and the dialog says the facts decide", async () => {
    await renderActions({ canProposeSettlement: true, canResolveTimedOut: true });
    expect(buttonNames()).toEqual(["Proposer cet accord", "Clore le litige"]);
    fireEvent.click(screen.getByRole("button", { name: "Clore le litige" }));
    const dialog = screen.getByRole("dialog", { name: "Clore le litige" });
    expect(within(dialog).getByText("La Cave du Quai")).toBeTruthy();
    expect(within(dialog).getByText("Remboursé à vous : la livraison n'a jamais été prouvée")).toBeTruthy();
  });

  test("a dispute whose arbitrator did not answer: the buyer can bring it in, and the dialog says the deadline restarts", async () => {
    await renderActions({ canProposeSettlement: true, canRequestArbitration: true });
    expect(buttonNames()).toEqual(["Proposer cet accord", "Saisir l'arbitre"]);
    fireEvent.click(screen.getByRole("button", { name: "Saisir l'arbitre" }));
    const dialog = screen.getByRole("dialog", { name: "Saisir l'arbitre" });
    expect(within(dialog).getByText("Repart de maintenant")).toBeTruthy();
  });

  test("a counter-offer above the price of the goods is refused before the wallet opens", async () => {
    await renderActions({ canProposeSettlement: true });
    fireEvent.change(screen.getByRole("textbox", { name: /Montant que vous demandez/ }), {
      target: { value: "12,50" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Proposer cet accord" }));
    expect(screen.getByText("Écrivez un montant entre 0 et 12,00 €, par exemple 5,50.")).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
    fireEvent.change(screen.getByRole("textbox", { name: /Montant que vous demandez/ }), { target: { value: "4,5" } });
    fireEvent.click(screen.getByRole("button", { name: "Proposer cet accord" }));
    expect(within(await screen.findByRole("dialog")).getByText("4,50 €")).toBeTruthy();
  });

  test("a review needs a rating before the wallet opens", async () => {
    await renderActions({ canReview: true });
    fireEvent.click(screen.getByRole("button", { name: "Publier mon avis" }));
    expect(screen.getByText("Choisissez une note de 1 à 5 étoiles.")).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: "4 étoiles" }));
    fireEvent.click(screen.getByRole("button", { name: "Publier mon avis" }));
    expect(within(await screen.findByRole("dialog")).getByText("4 étoiles")).toBeTruthy();
  });
});
