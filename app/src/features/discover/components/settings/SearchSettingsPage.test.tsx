// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, test, vi } from "vitest";
import { renderWithMarket, TEST_DEPLOYMENT } from "../../../../test/renderWithMarket.tsx";
import { SearchSettingsPage } from "./SearchSettingsPage.tsx";

const INDEXER = "https://index.example.org";

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
});

/** The page with one configured indexer, which answers `/info` for this deployment. */
async function renderSettings() {
  vi.stubGlobal("fetch", async () =>
    Response.json({
      service: "grandrue-indexer",
      chainId: 31337,
      deployment: TEST_DEPLOYMENT,
      block: { number: 166, timestamp: 1 },
      documents: { ok: 24, invalid: 0, unreachable: 0, pending: 0 },
      features: { typoIndex: "vocabulary-prefix" },
    }),
  );
  await renderWithMarket(<SearchSettingsPage />, { path: "/settings", env: { VITE_INDEXERS: INDEXER } });
}

const save = () => fireEvent.submit(screen.getByRole("button", { name: "Enregistrer" }).closest("form")!);

describe("SearchSettingsPage", () => {
  test("lists the app's indexer with its state, automatic being the default", async () => {
    await renderSettings();
    expect((screen.getByRole("radio", { name: /^Automatique/ }) as HTMLInputElement).checked).toBe(true);
    expect(await screen.findByText("Répond · à jour au bloc 166")).toBeTruthy();
  });

  test("refuses an own address that is not one, or that the page may not reach, saying why", async () => {
    await renderSettings();
    fireEvent.click(screen.getByRole("radio", { name: "Le mien" }));
    const field = screen.getByLabelText("Adresse de votre indexeur");
    fireEvent.change(field, { target: { value: "index.example.org" } });
    save();
    expect(
      await screen.findByText(
        "« index.example.org » n'est pas une adresse web : elle doit commencer par http:// ou https://.",
      ),
    ).toBeTruthy();
    fireEvent.change(field, { target: { value: "https://elsewhere.example" } });
    save();
    expect(await screen.findByText(/^« https:\/\/elsewhere\.example » est hors des adresses/)).toBeTruthy();
    expect(localStorage.getItem("grandrue:indexer:31337")).toBeNull();
  });

  test("keeps an own address that answers, and the choice of no indexer, on this device", async () => {
    await renderSettings();
    fireEvent.click(screen.getByRole("radio", { name: "Le mien" }));
    fireEvent.change(screen.getByLabelText("Adresse de votre indexeur"), { target: { value: `${INDEXER}/fr/` } });
    save();
    await screen.findByText(/^Enregistré sur cet appareil/);
    expect(localStorage.getItem("grandrue:indexer:31337")).toBe(JSON.stringify({ kind: "url", url: `${INDEXER}/fr` }));
    fireEvent.click(screen.getByRole("radio", { name: /^Aucun/ }));
    save();
    await screen.findByText(/^Enregistré sur cet appareil/);
    expect(localStorage.getItem("grandrue:indexer:31337")).toBe(JSON.stringify({ kind: "none" }));
  });
});
