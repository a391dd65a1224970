// @vitest-environment happy-dom

import type { CatalogItem } from "@grandrue/sdk";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { renderWithMarket } from "../../../test/renderWithMarket.tsx";
import { basketStore } from "../../basket/index.ts";
import { AddToBasket } from "./AddToBasket.tsx";

const BREAD: CatalogItem = {
  id: "pain-au-levain",
  title: "Pain au levain",
  description: "",
  images: [],
  price: "3.20",
  variants: [
    { id: "500g", label: "500 g", price: "3.20", available: true },
    { id: "1kg", label: "1 kg", price: "5.90", available: true },
    { id: "2kg", label: "2 kg", price: "10.90", available: false },
  ],
  available: true,
  categories: ["bread"],
  labels: [],
  pickup: true,
  delivery: true,
  unit: "piece",
};

const plain = (text: string | null | undefined) => text?.replace(/[\u00a0\u202f]/g, " ");

beforeEach(() => basketStore.clear());
afterEach(cleanup);

describe("AddToBasket", () => {
  test("adds the chosen variant and quantity to the basket and confirms it visibly", async () => {
    await renderWithMarket(<AddToBasket shopId={1n} item={BREAD} priceUnit="EUR" canOrder />);
    fireEvent.click(screen.getByRole("radio", { name: /1 kg/ }));
    expect(plain(screen.getByText(/5,90 €/, { selector: ".price--large data" }).textContent)).toBe("5,90 €");
    fireEvent.change(screen.getByLabelText("Quantité"), { target: { value: "2" } });
    fireEvent.click(screen.getByRole("button", { name: "Ajouter au panier" }));
    expect(basketStore.getLines()).toEqual([{ shopId: "1", itemId: "pain-au-levain", variantId: "1kg", quantity: 2 }]);
    expect(screen.getByText("Ajouté au panier : 2 × Pain au levain (1 kg)")).toBeTruthy();
    expect(screen.getByText("Votre panier contient 2 articles.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Voir le panier" }).getAttribute("href")).toBe("/basket");
  });

  test("starts on the first available variant and cannot choose a sold-out one", async () => {
    await renderWithMarket(<AddToBasket shopId={1n} item={BREAD} priceUnit="EUR" canOrder />);
    expect((screen.getByRole("radio", { name: /500 g/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole("radio", { name: /2 kg/ }) as HTMLInputElement).disabled).toBe(true);
  });

  test("refuses a quantity that is not a whole number from 1 to 99", async () => {
    await renderWithMarket(<AddToBasket shopId={1n} item={BREAD} priceUnit="EUR" canOrder />);
    fireEvent.change(screen.getByLabelText("Quantité"), { target: { value: "0" } });
    expect(screen.getByText("Indiquez un nombre entier de 1 à 99.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Ajouter au panier" }) as HTMLButtonElement).disabled).toBe(true);
    expect(basketStore.getLines()).toEqual([]);
  });

  test("an unavailable item, or a shop not taking orders, cannot be added", async () => {
    await renderWithMarket(
      <AddToBasket shopId={1n} item={{ ...BREAD, variants: [], available: false }} priceUnit="EUR" canOrder />,
    );
    expect((screen.getByRole("button", { name: "Ajouter au panier" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText("Ce produit n'est pas disponible pour le moment.")).toBeTruthy();
    cleanup();
    await renderWithMarket(<AddToBasket shopId={1n} item={BREAD} priceUnit="EUR" canOrder={false} />);
    expect((screen.getByRole("button", { name: "Ajouter au panier" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
