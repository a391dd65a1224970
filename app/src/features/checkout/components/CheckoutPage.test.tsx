// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { UserRejectedRequestError } from "viem";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { BAKERY, BIKES, BOOKSHOP, CARRIERS, ETH, HOME, LEMAN } from "../../../test/basketFixtures.ts";
import { renderWithMarket } from "../../../test/renderWithMarket.tsx";
import { type BasketGroup, basketGroups, basketStore } from "../../basket/index.ts";
import { CheckoutPage } from "./CheckoutPage.tsx";

const { payTransaction, currentGroups } = vi.hoisted(() => ({
  payTransaction: vi.fn(),
  currentGroups: { value: [] as BasketGroup[] },
}));

vi.mock("../../basket/index.ts", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../basket/index.ts")>()),
  useBasketGroups: () => ({ groups: currentGroups.value, isLoading: false, error: null }),
}));
vi.mock("../transactions/payBasket.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../transactions/payBasket.ts")>();
  return { ...actual, default: { ...actual.default, transaction: payTransaction } };
});

const CAMILLE = 1;
const TOKEN_INFO = {
  [LEMAN]: { name: "Léman (dev)", symbol: "LEM", decimals: 18 },
  [ETH]: { name: "Ether", symbol: "ETH", decimals: 18 },
};

async function renderCheckout() {
  const rendered = await renderWithMarket(<CheckoutPage />, {
    path: "/checkout",
    connectedAccountIndex: CAMILLE,
    env: { VITE_RPC_URL: "http://127.0.0.1:9" },
  });
  for (const [token, info] of Object.entries(TOKEN_INFO))
    rendered.queryClient.setQueryData(["token", 31337, token.toLowerCase()], info);
  return rendered;
}

function typeAddress() {
  const type = (name: RegExp, value: string) =>
    fireEvent.change(screen.getByRole("textbox", { name }), { target: { value } });
  type(/^Nom/, "Camille Lefèvre");
  type(/^Adresse/, "6 rue des Écoles");
  type(/^Code postal/, "45600");
  type(/^Ville/, "Aubrelle-sur-Loire");
}

async function payFromReview() {
  fireEvent.click(screen.getByRole("button", { name: "Vérifier ma commande" }));
  fireEvent.click(await screen.findByRole("button", { name: "Payer les 2 commandes" }));
  const dialog = await screen.findByRole("dialog", { name: "Payer vos 2 commandes" });
  fireEvent.click(within(dialog).getByRole("button", { name: "Continuer dans mon portefeuille" }));
  return dialog;
}

describe("CheckoutPage", () => {
  beforeEach(() => {
    basketStore.clear();
    basketStore.add({ shopId: "1", itemId: "croissant-beurre", quantity: 4 });
    basketStore.add({ shopId: "3", itemId: "grand-meaulnes", quantity: 1 });
    basketStore.choose("3", { delivery: { fulfilment: "carrier", carrier: BIKES } });
    const shops = new Map([
      ["1", BAKERY],
      ["3", BOOKSHOP],
    ]);
    currentGroups.value = basketGroups(basketStore.getLines(), basketStore.getChoices(), (id) => shops.get(id), {
      carriers: CARRIERS,
      place: HOME,
    });
    payTransaction.mockReset();
  });
  afterEach(cleanup);

  test("asks the address once, says exactly who can read it, and reviews each shop's order before the wallet", async () => {
    await renderCheckout();
    expect(
      screen.getByText(/Seuls Librairie Les Mots Passants et Les Biclous peuvent lire votre adresse/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Vérifier ma commande" }));
    expect((await screen.findByRole("alert")).textContent).toBe("4 champs sont à corriger.");
    typeAddress();
    fireEvent.click(screen.getByRole("button", { name: "Vérifier ma commande" }));
    expect(await screen.findByRole("heading", { name: "2. Vérifiez et payez" })).toBeTruthy();
    expect(screen.getByText("Retrait au 3 place du Marché, Aubrelle-sur-Loire")).toBeTruthy();
    expect(screen.getByText(/Livrée par Les Biclous \(Centre-ville, moins de 1,5 km\)/)).toBeTruthy();
    expect(screen.getByText("13,80 LEM")).toBeTruthy();
    expect(payTransaction).not.toHaveBeenCalled();
  });

  test("a refused wallet prompt leaves everything as it was: the review, the basket and every field typed", async () => {
    payTransaction.mockRejectedValue(new UserRejectedRequestError(new Error("User denied transaction signature.")));
    await renderCheckout();
    typeAddress();
    const dialog = await payFromReview();
    expect((await within(dialog).findByRole("alert")).textContent).toContain(
      "Vous avez refusé la demande dans votre portefeuille",
    );
    const [, data] = payTransaction.mock.calls[0]!;
    expect(
      data.orders.map((order: { shopName: string; fulfilment: string }) => [order.shopName, order.fulfilment]),
    ).toEqual([
      ["Le Fournil de la Halle", "pickup"],
      ["Librairie Les Mots Passants", "carrier"],
    ]);
    expect(data.shipping).toMatchObject({ name: "Camille Lefèvre", postcode: "45600" });
    fireEvent.click(within(dialog).getAllByRole("button", { name: "Fermer" })[0]!);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(basketStore.getLines()).toHaveLength(2);
    fireEvent.click(screen.getByRole("button", { name: "Modifier l'adresse" }));
    expect((screen.getByRole("textbox", { name: /^Adresse/ }) as HTMLInputElement).value).toBe("6 rue des Écoles");
  });

  test("a successful payment clears the paid shops from the basket and links to each new order", async () => {
    payTransaction.mockResolvedValue({
      orders: [
        { shopId: 1n, shopName: "Le Fournil de la Halle", orderId: 0x51n },
        { shopId: 3n, shopName: "Librairie Les Mots Passants", orderId: 0x52n },
      ],
    });
    await renderCheckout();
    typeAddress();
    await payFromReview();
    expect(await within(await screen.findByRole("dialog")).findByText(/C'est payé/)).toBeTruthy();
    await waitFor(() => expect(basketStore.getLines()).toEqual([]));
    const link = screen.getByRole("link", { name: "Commande chez Librairie Les Mots Passants" });
    expect(link.getAttribute("href")).toBe(`/orders/0x${"52".padStart(64, "0")}`);
  });

  test("keeps the address on this device only when asked, fills the form with it next time, and forgets it on request", async () => {
    localStorage.clear();
    await renderCheckout();
    const remember = screen.getByRole("checkbox", { name: /Garder cette adresse sur cet appareil/ });
    expect((remember as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/reste dans ce navigateur seulement \(son stockage local\)/)).toBeTruthy();
    typeAddress();
    fireEvent.click(screen.getByRole("button", { name: "Vérifier ma commande" }));
    await screen.findByRole("heading", { name: "2. Vérifiez et payez" });
    expect(localStorage.getItem("grandrue.saved-address")).toBeNull();
    cleanup();

    await renderCheckout();
    typeAddress();
    fireEvent.click(screen.getByRole("checkbox", { name: /Garder cette adresse/ }));
    fireEvent.click(screen.getByRole("button", { name: "Vérifier ma commande" }));
    await screen.findByRole("heading", { name: "2. Vérifiez et payez" });
    expect(JSON.parse(localStorage.getItem("grandrue.saved-address")!)).toMatchObject({
      name: "Camille Lefèvre",
      street: "6 rue des Écoles",
      country: "FR",
    });
    cleanup();

    await renderCheckout();
    expect((screen.getByRole("textbox", { name: /^Adresse/ }) as HTMLInputElement).value).toBe("6 rue des Écoles");
    expect(screen.getByRole("status").textContent).toBe("Une adresse est gardée dans ce navigateur.");
    fireEvent.click(screen.getByRole("button", { name: "L'oublier maintenant" }));
    expect(localStorage.getItem("grandrue.saved-address")).toBeNull();
    expect((screen.getByRole("checkbox", { name: /Garder cette adresse/ }) as HTMLInputElement).checked).toBe(false);
  });

  test("forgets a damaged saved address instead of filling the form with it", async () => {
    localStorage.setItem("grandrue.saved-address", JSON.stringify({ name: "", street: "<script>" }));
    await renderCheckout();
    expect((screen.getByRole("textbox", { name: /^Nom/ }) as HTMLInputElement).value).toBe("");
    expect(localStorage.getItem("grandrue.saved-address")).toBeNull();
  });
});
