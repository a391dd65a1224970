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
    expect(lines).toEqual([
      "Ligne 3, colonne « price » (prix) : « douze euros » n'est pas un prix : écrivez-le comme 3,20 (le symbole € est facultatif).",
      "Ligne 4, colonne « available » (disponible) : « peut-être » n'est ni oui ni non : écrivez oui ou non (yes/no, vrai/faux et 1/0 marchent aussi).",
    ]);
  });

  test("categories, labels and units are read as the chips show them, in French or English, any case, with or without accents", async () => {
    const onItems = vi.fn();
    await renderWithMarket(<CsvTools shopName="La Musette" priceUnit="EUR" items={[]} onItems={onItems} />);
    importFile(
      [
        "id;title;price;unit;categories;labels",
        'lentilles;Lentilles vertes;3,20;pièce;Épicerie;"Circuit court;bio"',
        "riz;Riz de Camargue;2,10;Botte;EPICERIE;Short supply chain",
        "the;Thé vert;4,50;kg;grocery;FAIT MAIN",
      ].join("\n"),
    );
    await waitFor(() => expect(onItems).toHaveBeenCalledTimes(1));
    expect(document.querySelectorAll(".csv-errors li")).toHaveLength(0);
    const items = onItems.mock.calls[0]![0] as CatalogItem[];
    expect(items.map(({ unit, categories, labels }) => ({ unit, categories, labels }))).toEqual([
      { unit: "piece", categories: ["grocery"], labels: ["short-circuit", "organic"] },
      { unit: "bunch", categories: ["grocery"], labels: ["short-circuit"] },
      { unit: "kg", categories: ["grocery"], labels: ["handmade"] },
    ]);
  });

  test("errors are in the reader's language, naming the row, the column and the fix", async () => {
    await renderWithMarket(<CsvTools shopName="Au Bon Levain" priceUnit="EUR" items={[]} onItems={vi.fn()} />, {
      language: "en",
    });
    importFile("id,title,price,variants\nbaguette,Baguette,1.2.0,\nmiche,Miche,6.40,500g\n");
    await waitFor(() => expect(document.querySelectorAll(".csv-errors li")).toHaveLength(2));
    const lines = [...document.querySelectorAll(".csv-errors li")].map((line) => line.textContent);
    expect(lines).toEqual([
      "Line 2, column “price” (price): “1.2.0” is not a price: write it like 3.20 (the currency sign may be left out).",
      "Line 3, column “variants” (variants): “500g” is not an option: write id:name, id:name:price or id:name:price:no (e.g. 500g:500 g:3.20), separated by semicolons.",
    ]);
  });

  test("offers a template in the reader's language that imports as it is", async () => {
    const onItems = vi.fn();
    const created: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      created.push(blob as Blob);
      return "blob:template";
    });
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    await renderWithMarket(<CsvTools shopName="Au Bon Levain" priceUnit="EUR" items={[]} onItems={onItems} />);
    fireEvent.click(screen.getByRole("button", { name: "Télécharger un modèle" }));
    await waitFor(() => expect(created).toHaveLength(1));
    const template = await created[0]!.text();
    expect(template).toMatch(/^\uFEFFid;title;description;price;unit;available;categories;labels;/);
    expect(template).toContain("Bio");
    importFile(template, "modele.csv");
    await waitFor(() => expect(onItems).toHaveBeenCalledTimes(1));
    expect(document.querySelectorAll(".csv-errors li")).toHaveLength(0);
    expect((onItems.mock.calls[0]![0] as CatalogItem[]).length).toBeGreaterThan(1);
  });

  test("a file without the required columns is reported on line 1 and the draft is left as it is", async () => {
    const onItems = vi.fn();
    await renderWithMarket(<CsvTools shopName="Au Bon Levain" priceUnit="EUR" items={[TYPED]} onItems={onItems} />);
    importFile("nom;prix\nBaguette;1,20");
    await waitFor(() => expect(document.querySelectorAll(".csv-errors li").length).toBeGreaterThan(0));
    expect(onItems).toHaveBeenCalledWith([TYPED]);
    expect(document.querySelector(".csv-errors li")?.textContent).toMatch(/^Ligne 1 : La colonne « nom » n'existe pas/);
  });
});
