// @vitest-environment happy-dom

import { cleanup, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { renderWithMarket } from "../../../../test/renderWithMarket.tsx";
import { indexedShop } from "../../../../test/shopFixtures.ts";
import { CatalogSection } from "./CatalogSection.tsx";

describe("the catalog page of a shop", () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  test("that never published a catalog says one thing: there is none yet, and how to make one", async () => {
    const shop = indexedShop({ status: "catalog-missing", statusReason: "No document was published" });
    await renderWithMarket(<CatalogSection shop={shop} />, { path: "/shops/1/catalog" });
    expect(screen.getByRole("heading", { name: "Pas encore de catalogue" })).toBeTruthy();
    const text = document.body.textContent ?? "";
    expect(text).not.toMatch(/introuvable|No document|à jour|vitrine est vide|ancien catalogue/);
    expect(screen.queryAllByRole("alert")).toEqual([]);
  });

  test("whose published catalog cannot be read still says so", async () => {
    const shop = indexedShop({
      status: "catalog-missing",
      statusReason: "Could not read bafy…",
      catalogCid: "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
    });
    await renderWithMarket(<CatalogSection shop={shop} />, { path: "/shops/1/catalog" });
    expect(screen.getByText(/Le catalogue publié est introuvable/)).toBeTruthy();
  });
});
