// @vitest-environment happy-dom

import type { CatalogItem } from "@grandrue/sdk";
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { renderWithMarket } from "../../../../test/renderWithMarket.tsx";
import { CsvTools } from "./CsvTools.tsx";

const TYPED: CatalogItem = {
  id: "fougasse",
  title: "Fougasse aux olives",
  description: "",
  images: [],
  price: "3.80",
  variants: [],
  available: true,
  categories: [],
  labels: [],
  pickup: true,
  delivery: true,
};

const CSV = [
  "id;title;price;unit;available",
  "baguette;Baguette tradition;1,20;piece;oui",
  "seigle;Pain de seigle;douze euros;;oui",
  "croissant;Croissant;1,10;;peut-être",
  "miche;Miche au levain;6,40 €;kg;non",
].join("\n");

function importFile(text: string, name = "catalogue.csv") {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: "text/csv" })] } });
}

describe("catalog spreadsheet import", () => {
  afterEach(cleanup);

  test("valid rows join the draft next to what was typed, and refused rows are listed with their line and reason", async () => {
    const onItems = vi.fn();
    await renderWithMarket(<CsvTools shopName="Au Bon Levain" priceUnit="EUR" items={[TYPED]} onItems={onItems} />);
    importFile(CSV);
    await waitFor(() => expect(onItems).toHaveBeenCalledTimes(1));
    const items = onItems.mock.calls[0]![0] as CatalogItem[];
    expect(items.map((item) => item.id)).toEqual(["fougasse", "baguette", "miche"]);
    expect(items.find((item) => item.id === "miche")).toMatchObject({ price: "6.40", unit: "kg", available: false });

    expect(screen.getByText("4 lignes lues : 2 produits ajoutés, 0 mis à jour dans le brouillon.")).toBeTruthy();
    const lines = [...document.querySelectorAll(".csv-errors li")].map((line) => line.textContent);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Ligne 3 \(prix\) : /);
    expect(lines[1]).toMatch(/^Ligne 4 \(disponible\) : must be yes or no/);
  });

  test("a file without the required columns is reported on line 1 and the draft is left as it is", async () => {
    const onItems = vi.fn();
    await renderWithMarket(<CsvTools shopName="Au Bon Levain" priceUnit="EUR" items={[TYPED]} onItems={onItems} />);
    importFile("nom;prix\nBaguette;1,20");
    await waitFor(() => expect(document.querySelectorAll(".csv-errors li").length).toBeGreaterThan(0));
    expect(onItems).toHaveBeenCalledWith([TYPED]);
    expect(document.querySelector(".csv-errors li")?.textContent).toMatch(/^Ligne 1 : /);
  });
});
