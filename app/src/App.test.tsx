// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { App } from "./App.tsx";
import { renderWithMarket } from "./test/renderWithMarket.tsx";

const ROUTES: [path: string, title: string][] = [
  ["/", "Votre grand-rue, en ligne"],
  ["/shops/12", "Commerce n° 12"],
  ["/shops/12/items/baguette", "Produit"],
  ["/basket", "Votre panier"],
  ["/checkout", "Commande"],
  ["/orders", "Mes commandes"],
  ["/orders/0x2a", "Commande 0x00000000"],
  ["/cards", "Mes cartes de fidélité"],
  ["/labels", "Organismes de labels"],
  ["/merchant", "Votre commerce sur Grandrue"],
  ["/merchant/new", "Ouvrez votre commerce"],
  ["/merchant/shops/4", "Catalogue"],
  ["/merchant/shops/4/catalog", "Catalogue"],
  ["/merchant/shops/4/orders", "Commandes"],
  ["/merchant/shops/4/reviews", "Avis"],
  ["/merchant/shops/4/settings", "Réglages"],
  ["/carrier", "Livraisons"],
  ["/carrier/register", "Devenir livreur"],
  ["/carrier/shipments/0x2a", "Livraison 0x00000000"],
  ["/wallet", "Portefeuille"],
  ["/faucet", "Euros de démonstration"],
  ["/no/such/page", "Page introuvable"],
  ["/shops/not-a-number", "Lien erroné"],
  ["/merchant/shops/4/unknown", "Page introuvable"],
];

describe("App routes", () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  test.each(ROUTES)("%s shows a page titled “%s” inside the header and footer", async (path, title) => {
    await renderWithMarket(<App />, { path });
    expect(await screen.findByRole("heading", { level: 1, name: title })).toBeTruthy();
    expect(screen.getByRole("banner")).toBeTruthy();
    expect(screen.getByRole("contentinfo")).toBeTruthy();
    // The title is set by an effect after the heading renders (a lazy page may paint first): wait for it.
    await waitFor(() => expect(document.title).toBe(`${title} · Grandrue`));
  });

  test("the header links to orders, stamp cards, the merchant and carrier spaces, and marks the current one", async () => {
    await renderWithMarket(<App />, { path: "/merchant/new" });
    const nav = screen.getByRole("navigation", { name: "Menu principal" });
    expect(within(nav).getByRole("link", { name: "Mes commandes" }).getAttribute("href")).toBe("/orders");
    expect(within(nav).getByRole("link", { name: "Mes cartes de fidélité" }).getAttribute("href")).toBe("/cards");
    expect(within(nav).getByRole("link", { name: "Je suis livreur" }).getAttribute("href")).toBe("/carrier");
    expect(within(nav).getByRole("link", { name: "Je suis commerçant" }).getAttribute("aria-current")).toBe("page");
  });

  test("the header search sends the query to the find page", async () => {
    await renderWithMarket(<App />, { path: "/basket" });
    const [search] = screen.getAllByRole("searchbox", { name: "Que cherchez-vous ?" });
    fireEvent.change(search!, { target: { value: "pain de seigle" } });
    fireEvent.submit(search!.closest("form")!);
    const field = (await screen.findByRole("searchbox", { name: "Ce que vous cherchez" })) as HTMLInputElement;
    expect(field.value).toBe("pain de seigle");
  });

  test("the basket count in the header follows the basket", async () => {
    const { basketStore } = await import("./features/basket/index.ts");
    basketStore.clear();
    basketStore.add({ shopId: "3", itemId: "baguette", quantity: 2 });
    await renderWithMarket(<App />, { path: "/basket" });
    expect(screen.getByRole("link", { name: "Panier, 2 articles" })).toBeTruthy();
    fireEvent.click(await screen.findByRole("button", { name: "Retirer" }));
    expect(screen.getByRole("link", { name: "Panier, 0 article" })).toBeTruthy();
    expect(await screen.findByRole("heading", { name: "Votre panier est vide" })).toBeTruthy();
  });

  test("a demo account connects from the wallet picker and the header then names it", async () => {
    await renderWithMarket(<App />, { path: "/orders" });
    fireEvent.click(screen.getAllByRole("button", { name: "Connecter un portefeuille" })[0]!);
    const dialog = await screen.findByRole("dialog", { name: "Choisissez votre portefeuille" });
    // The wallet options download when the dialog first opens.
    fireEvent.click(await within(dialog).findByRole("button", { name: /Camille · achète/ }));
    expect(await screen.findByRole("link", { name: "Portefeuille : Camille · achète" })).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.queryByRole("heading", { name: "Vos commandes sont liées à votre portefeuille" })).toBeNull();
  });
});
