// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { renderWithMarket } from "../../../../test/renderWithMarket.tsx";
import { NewShopPage } from "./NewShopPage.tsx";

/** Nothing listens there: reads fail fast, as with the chain down, and no test can reach a real node. */
const OFFLINE = {
  VITE_RPC_URL: "http://127.0.0.1:9",
  VITE_IPFS_GATEWAYS: "http://127.0.0.1:9",
  VITE_IPFS_APIS: '["http://127.0.0.1:9/api/v0"]',
};

function type(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe("the new-shop form", () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  test("submitting it empty says how many fields to fix and what each one needs, without opening the wallet", async () => {
    await renderWithMarket(<NewShopPage />, { env: OFFLINE });
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir mon commerce" }));
    // The test deployment has no local currency, so a means of payment is missing too.
    expect(await screen.findByText("8 champs à corriger")).toBeTruthy();
    expect(screen.getByText("Acceptez au moins un moyen de paiement.")).toBeTruthy();
    const name = screen.getByLabelText(/Nom du commerce/);
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(within(name.closest(".field")!).getByText("À remplir.")).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  test("no opening hours are filled in for the merchant: every day starts unticked, and the card says what customers then read", async () => {
    await renderWithMarket(<NewShopPage />, { env: OFFLINE });
    const hours = screen.getByRole("heading", { name: "Horaires d'ouverture" }).closest("section, .card")!;
    for (const day of ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"])
      expect((within(hours as HTMLElement).getByLabelText(day) as HTMLInputElement).checked, day).toBe(false);
    expect(within(hours as HTMLElement).getByText(/Horaires non communiqués/)).toBeTruthy();
  });

  test("a story longer than a shop document holds is counted, refused with the limit, and kept whole", async () => {
    await renderWithMarket(<NewShopPage />, { env: OFFLINE });
    const story = screen.getByLabelText(/Votre histoire/);
    expect(within(story.closest(".field")!).getByText("0 / 4 000 caractères")).toBeTruthy();
    const long = "Une boulangerie de quartier. ".repeat(4_000); // 116,000 characters, as pasted by mistake
    fireEvent.change(story, { target: { value: long } });
    expect(within(story.closest(".field")!).getByText("112 000 caractères de trop : 4 000 au plus")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir mon commerce" }));
    expect(await within(story.closest(".field")!).findByText("Trop long : 4 000 caractères au plus.")).toBeTruthy();
    expect((story as HTMLTextAreaElement).value).toBe(long);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  test("a shop without pickup, own delivery or carrier is asked for a way to get its goods", async () => {
    await renderWithMarket(<NewShopPage />, { env: OFFLINE });
    fireEvent.click(screen.getByLabelText(/Retrait au comptoir/));
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir mon commerce" }));
    expect(await screen.findByText(/Proposez au moins une façon d'obtenir vos produits/)).toBeTruthy();
  });

  test("an out-of-range latitude and a window of zero hours are refused with the reason", async () => {
    await renderWithMarket(<NewShopPage />, { env: OFFLINE });
    type(/^Latitude/, "147.2");
    type(/Pour accepter une commande/, "0");
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir mon commerce" }));
    expect(await screen.findByText(/Une latitude est un nombre entre -90 et 90/)).toBeTruthy();
    expect(screen.getByText(/Un nombre d'heures entier, de 1 à 720/)).toBeTruthy();
  });

  test("a window longer than the protocol's maximum is refused before anything is sent", async () => {
    await renderWithMarket(<NewShopPage />, { env: OFFLINE });
    type(/Pour accepter une commande/, "721");
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir mon commerce" }));
    expect(await screen.findByText(/Un nombre d'heures entier, de 1 à 720/)).toBeTruthy();
  });

  test("a complete form opens the transaction review, which explains the signature and asks for a wallet", async () => {
    await renderWithMarket(<NewShopPage />, { env: OFFLINE });
    type(/Nom du commerce/, "Au Bon Levain");
    type(/En une phrase/, "Boulangerie au levain.");
    type(/Numéro et rue/, "3 place de la Halle");
    type(/Code postal/, "45600");
    type(/^Ville/, "Aubrelle-sur-Loire");
    type(/^Latitude/, "47.7176");
    type(/^Longitude/, "2.4450");
    // The chain's own coin, named from the configured chain, once the form has read the tokens it offers.
    fireEvent.click(await screen.findByLabelText(/Ether \(ETH\), la monnaie de la chaîne/));
    type(/Un ETH vaut/, "3000");
    expect(
      screen.getByText("Vous avez 48 heures pour accepter une commande ; sinon elle est remboursée au client."),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir mon commerce" }));
    const dialog = await screen.findByRole("dialog", { name: "Ouvrir « Au Bon Levain »" });
    expect(
      within(dialog).getByText(/elle crée la clé qui permet à votre seul commerce de lire l'adresse de vos clients/),
    ).toBeTruthy();
    expect(within(dialog).getByText("Connectez un portefeuille")).toBeTruthy();
  });
});
