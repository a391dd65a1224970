// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import type { Place } from "../../../place/types.ts";
import { renderWithMarket } from "../../../test/renderWithMarket.tsx";
import type { FoundThrough } from "../hooks/useFindResults.ts";
import { type FindResult, facetsOf } from "../results/findResults.ts";
import { findResult } from "../test/fixtures.ts";
import { FindResults } from "./FindResults.tsx";

afterEach(cleanup);

const LEMAN = "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707";
const HAMLET: Place = { label: "Hameau des Noues", lat: 47.653048, lon: 2.418945, source: "suggestion" };
const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, " ");
/** The app without indexer: the browser reads every shop, and the page needs not say so. */
const IN_BROWSER: FoundThrough = { kind: "browser", reason: "none-configured" };

async function renderResults(
  results: FindResult[],
  need: string,
  place: Place | undefined = HAMLET,
  pendingShops = 0,
  through = IN_BROWSER,
) {
  const onParams = vi.fn();
  const found = { results, facets: facetsOf(results), pendingShops, through };
  await renderWithMarket(<FindResults found={found} params={{ need }} place={place} onParams={onParams} />);
  return { onParams };
}

describe("FindResults", () => {
  test("lists shops nearest first, numbered, with their distance, linked to their page", async () => {
    await renderResults(
      [
        findResult({ shopId: 1n, distanceMetres: 70, matched: ["pain-au-levain"] }),
        findResult({ shopId: 4n, name: "Fromagerie Vallet", distanceMetres: 1240 }),
      ],
      "pain",
    );
    const [first, second] = screen.getAllByRole("article");
    expect(within(first!).getByRole("link", { name: "Le Fournil de la Halle" }).getAttribute("href")).toBe("/shops/1");
    expect(plain(within(first!).getByText(/^à 70/).textContent)).toBe("à 70 m");
    expect(within(first!).getByRole("link", { name: "Pain au levain" }).getAttribute("href")).toBe(
      "/shops/1/items/pain-au-levain",
    );
    expect(within(second!).getByRole("link", { name: "Fromagerie Vallet" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "« pain » près de Hameau des Noues" })).toBeTruthy();
    expect(screen.getByText("2 commerces, du plus proche au plus loin")).toBeTruthy();
  });

  test("shows how each shop is paid — the local currency by name — and received, and whether it is open", async () => {
    const result = findResult({ shopId: 1n, distanceMetres: 70 });
    result.indexed.payments.unshift({ token: LEMAN, rate: 10n ** 18n });
    const { queryClient } = await renderWithMarket(
      <FindResults
        found={{ results: [result], facets: facetsOf([result]), pendingShops: 0, through: IN_BROWSER }}
        params={{ need: "" }}
        place={HAMLET}
        onParams={vi.fn()}
      />,
    );
    queryClient.setQueryData(["token", 31337, LEMAN.toLowerCase()], {
      address: LEMAN,
      kind: "local-currency",
      symbol: "LEM",
      name: "Léman (dev)",
      decimals: 18,
    });
    const card = screen.getByRole("article");
    expect(await within(card).findByText("monnaie locale (Léman) · ETH")).toBeTruthy();
    expect(within(card).getByText("Retrait sur place")).toBeTruthy();
    expect(within(card).getByText("Ouvert jour et nuit")).toBeTruthy();
    expect(within(card).getByText("Circuit court")).toBeTruthy();
  });

  test("when nothing is near, says so plainly and shows the farther shops marked as farther", async () => {
    await renderResults(
      [findResult({ shopId: 3n, name: "Librairie Les Mots Passants", distanceMetres: 7_540, isFarther: true })],
      "roman",
    );
    expect(plain(screen.getByText(/^Rien à moins de/).textContent)).toBe("Rien à moins de 2 km");
    expect(
      screen.getByText("Aucun commerce proche ne propose « roman ». Ces commerces-ci le proposent, plus loin :"),
    ).toBeTruthy();
    const card = screen.getByRole("article");
    expect(within(card).getByText("Plus loin")).toBeTruthy();
    expect(plain(within(card).getByText(/^à 7,5/).textContent)).toBe("à 7,5 km");
  });

  test("shops near enough carry no 'farther' notice", async () => {
    await renderResults([findResult({ shopId: 1n, distanceMetres: 70 })], "pain");
    expect(screen.queryByText(/^Rien à moins de/)).toBeNull();
    expect(screen.queryByText("Plus loin")).toBeNull();
  });

  test("a shop whose catalog is broken is listed with the reason, and the page still shows the others", async () => {
    const broken = findResult({
      shopId: 5n,
      name: "La Cave du Quai",
      distanceMetres: 300,
      status: "catalog-invalid",
      statusReason: "Invalid document bafy…: items.0.price must be a decimal string",
    });
    await renderResults([findResult({ shopId: 1n, distanceMetres: 70 }), broken], "");
    const card = screen.getAllByRole("article")[1]!;
    expect(within(card).getByText("Le catalogue de ce commerce est abîmé")).toBeTruthy();
    expect(within(card).getByText("Invalid document bafy…: items.0.price must be a decimal string")).toBeTruthy();
    expect(screen.getAllByRole("article")).toHaveLength(2);
  });

  test("a shop whose page could not be read shows its number and why, without hours or payment", async () => {
    await renderResults(
      [findResult({ shopId: 9n, status: "metadata-missing", statusReason: "Could not read bafy…: gateway timeout" })],
      "cave",
      undefined,
    );
    const card = screen.getByRole("article");
    expect(within(card).getByRole("link", { name: "Commerce n° 9" })).toBeTruthy();
    expect(within(card).getByText("La fiche de ce commerce n'a pas pu être lue")).toBeTruthy();
    expect(within(card).queryByText("Paiement")).toBeNull();
  });

  test("the distance view shows each shop as a keyboard-reachable link named with its distance and direction", async () => {
    await renderResults(
      [findResult({ shopId: 3n, name: "Librairie Les Mots Passants", distanceMetres: 7_540, isFarther: true })],
      "roman",
    );
    const figure = screen.getByRole("figure");
    const dot = within(figure).getByRole("link");
    expect(plain(dot.getAttribute("aria-label"))).toBe("1. Librairie Les Mots Passants, à 7,5 km au nord");
    expect(dot.getAttribute("href")).toBe("/shops/3");
    expect(within(figure).getByText(/chaque point numéroté est un commerce de la liste/)).toBeTruthy();
  });

  test("nothing at all, without words or place, says no shop is registered yet rather than naming an empty place", async () => {
    await renderWithMarket(
      <FindResults
        found={{ results: [], facets: { categories: [], labels: [] }, pendingShops: 0, through: IN_BROWSER }}
        params={{ need: "" }}
        place={undefined}
        onParams={vi.fn()}
      />,
    );
    expect(screen.getByRole("heading", { name: "Aucun commerce inscrit pour l'instant" })).toBeTruthy();
  });

  test("without a place there is no distance view, and nothing found says so with a way out of the filters", async () => {
    const onParams = vi.fn();
    await renderWithMarket(
      <FindResults
        found={{ results: [], facets: { categories: [], labels: [] }, pendingShops: 0, through: IN_BROWSER }}
        params={{ need: "vélo", fulfilment: "delivery" }}
        place={undefined}
        onParams={onParams}
      />,
    );
    expect(screen.queryByRole("figure")).toBeNull();
    expect(screen.getByRole("heading", { name: "Aucun commerce ne propose « vélo »" })).toBeTruthy();
    fireEvent.click(screen.getAllByRole("button", { name: "Retirer les filtres" })[0]!);
    expect(onParams).toHaveBeenCalledWith({ need: "vélo" });
  });

  test("filters offer the categories and labels found, and choosing one asks for it", async () => {
    const { onParams } = await renderResults(
      [findResult({ shopId: 1n, distanceMetres: 70, matched: ["pain-au-levain"] })],
      "pain",
    );
    const category = screen.getByLabelText("Catégorie") as HTMLSelectElement;
    expect([...category.options].map((option) => option.text)).toEqual(["Toutes", "Boulangerie", "Pain"]);
    fireEvent.change(screen.getByLabelText("Retrait ou livraison"), { target: { value: "pickup" } });
    expect(onParams).toHaveBeenCalledWith({ need: "pain", fulfilment: "pickup" });
    fireEvent.change(screen.getByLabelText("Label"), { target: { value: "organic" } });
    expect(onParams).toHaveBeenLastCalledWith({ need: "pain", label: "organic" });
  });

  test("says shops are still being read, instead of finding nothing, while the first index is built", async () => {
    await renderResults([findResult({ shopId: 1n, distanceMetres: 70 })], "pain", HAMLET, 240);
    expect(screen.getByRole("status").textContent).toBe("Lecture des commerces en cours : encore 240…");
    cleanup();
    await renderResults([], "pain", HAMLET, 240);
    expect(screen.queryByText(/ne propose « pain »/)).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("Lecture des commerces en cours : encore 240…");
  });

  test("names the indexer the results came through, and how many of its proposals the chain contradicted", async () => {
    const through: FoundThrough = { kind: "indexer", url: "https://index.example.org/fr", discrepancies: 2 };
    await renderResults([findResult({ shopId: 1n, distanceMetres: 70 })], "pain", HAMLET, 0, through);
    expect(
      screen.getByText(/^Résultats proposés par l'indexeur index\.example\.org\/fr, chacun vérifié sur la chaîne/),
    ).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe(
      "2 commerces proposés par cet indexeur ne correspondent pas à la chaîne : ils sont écartés.",
    );
    expect(screen.getByRole("link", { name: "Choisir l'indexeur" }).getAttribute("href")).toBe("/settings");
  });

  test("says plainly when no indexer answered and the browser reads every shop itself", async () => {
    await renderResults([], "pain", HAMLET, 12, { kind: "browser", reason: "none-answered" });
    expect(
      screen.getByText(/^Aucun indexeur ne répond : votre navigateur lit lui-même tous les commerces/),
    ).toBeTruthy();
    cleanup();
    await renderResults([], "pain", HAMLET, 12, {
      kind: "browser",
      reason: "indexer-failed",
      url: "http://127.0.0.1:7420",
    });
    expect(screen.getByText(/^L'indexeur 127\.0\.0\.1:7420 n'a pas répondu/)).toBeTruthy();
  });
});
