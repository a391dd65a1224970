// @vitest-environment happy-dom

import type { IndexedShop, ShopBond } from "@grandrue/sdk";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import type { Address } from "viem";
import { afterEach, describe, expect, test } from "vitest";
import { renderWithMarket } from "../../../../test/renderWithMarket.tsx";
import { AnnounceForm } from "./AnnounceForm.tsx";
import { DepositForm } from "./DepositForm.tsx";
import { WarrantyForm } from "./WarrantyForm.tsx";

const LEMAN = "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707" as Address;
const SHOP = {
  shopId: 8n,
  payments: [{ token: LEMAN, rate: 10n ** 18n }],
  metadata: { priceUnit: "EUR" },
} as unknown as IndexedShop;
const BOND: ShopBond = {
  token: LEMAN,
  balance: 500n * 10n ** 18n,
  locked: 0n,
  free: 500n * 10n ** 18n,
  announcedAmount: 0n,
  withdrawableAt: undefined,
  warrantyPeriodSeconds: 0,
  claims: [],
  history: [],
};

describe("the bond forms", () => {
  afterEach(cleanup);

  test("a warranty of 11 years is refused before the wallet opens", async () => {
    await renderWithMarket(<WarrantyForm shop={SHOP} bond={BOND} tokenName="LEMAN" />);
    fireEvent.change(screen.getByLabelText(/^Durée de garantie/), { target: { value: "11" } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer la garantie" }));
    expect(await screen.findByText("La garantie ne peut pas dépasser 10 ans.")).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  test("a valid deposit opens the review with the sum in euros and the two wallet steps", async () => {
    await renderWithMarket(<DepositForm shop={SHOP} token={LEMAN} rate={10n ** 18n} tokenName="LEMAN" />);
    fireEvent.change(screen.getByLabelText(/^Ajouter à la caution/), { target: { value: "abc" } });
    fireEvent.click(screen.getByRole("button", { name: "Ajouter" }));
    expect(await screen.findByText("Une somme comme 500 ou 1250,50.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Ajouter à la caution/), { target: { value: "250" } });
    fireEvent.click(screen.getByRole("button", { name: "Ajouter" }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog.textContent).toMatch(/250,00\s€ \(LEMAN\)/);
    expect(dialog.textContent).toContain("Deux étapes");
  });

  test("a withdrawal larger than the bond is refused", async () => {
    await renderWithMarket(<AnnounceForm shop={SHOP} bond={BOND} rate={10n ** 18n} />);
    fireEvent.change(screen.getByLabelText(/^Annoncer un retrait/), { target: { value: "600" } });
    fireEvent.click(screen.getByRole("button", { name: "Annoncer le retrait" }));
    expect(await screen.findByText("C'est plus que ce que contient la caution.")).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
