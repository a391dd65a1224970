// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { useSearch } from "wouter";
import { PLACE_STORAGE_KEY } from "../../../place/savedPlace.ts";
import { renderWithMarket } from "../../../test/renderWithMarket.tsx";
import { FindPage } from "./FindPage.tsx";

/** Nothing listens there: the shop index never loads, as on a slow first visit. */
const OFFLINE = {
  VITE_RPC_URL: "http://127.0.0.1:9",
  VITE_IPFS_GATEWAYS: "http://127.0.0.1:9",
  VITE_IPFS_API: "http://127.0.0.1:9/api/v0",
};

/** The page's address query, shown so that the test reads what a reload or a shared link would carry. */
function AddressQuery() {
  return <output data-testid="address">{useSearch()}</output>;
}

function address(): URLSearchParams {
  return new URLSearchParams(screen.getByTestId("address").textContent ?? "");
}

describe("the find page", () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  test("shows the search form at once, before the shop index has loaded anything", async () => {
    await renderWithMarket(<FindPage />, { env: OFFLINE });
    expect(screen.getByRole("search")).toBeTruthy();
    expect(screen.getByLabelText("Ce que vous cherchez")).toBeTruthy();
    expect(screen.getByLabelText(/^Près de/)).toBeTruthy();
  });

  test("reads the place from its address, as a reload or a shared link gives it", async () => {
    await renderWithMarket(<FindPage />, {
      env: OFFLINE,
      path: "/?q=pain&near=Place+du+March%C3%A9&at=47.71636,2.44180",
    });
    expect(screen.getByText("Recherche autour de : Place du Marché")).toBeTruthy();
    expect((screen.getByLabelText(/^Près de/) as HTMLInputElement).value).toBe("Place du Marché");
    expect(JSON.parse(localStorage.getItem(PLACE_STORAGE_KEY) ?? "null")).toMatchObject({
      label: "Place du Marché",
      lat: 47.71636,
      lon: 2.4418,
    });
  });

  test("keeps the place in its address when the shopper searches", async () => {
    await renderWithMarket(
      <>
        <FindPage />
        <AddressQuery />
      </>,
      { env: OFFLINE },
    );
    fireEvent.change(screen.getByLabelText("Ce que vous cherchez"), { target: { value: "pain" } });
    fireEvent.change(screen.getByLabelText(/^Près de/), { target: { value: "47,72 ; 2,46" } });
    fireEvent.click(screen.getByRole("button", { name: "Chercher" }));
    await waitFor(() => expect(address().get("q")).toBe("pain"));
    expect(address().get("near")).toBe("47.72000, 2.46000");
    expect(address().get("at")).toBe("47.72000,2.46000");
  });

  test("puts the remembered place in its address, so that a reload or a link copied now keeps it", async () => {
    localStorage.setItem(
      PLACE_STORAGE_KEY,
      JSON.stringify({ label: "Aubrelle-sur-Loire", lat: 47.7166, lon: 2.4427, source: "town" }),
    );
    await renderWithMarket(
      <>
        <FindPage />
        <AddressQuery />
      </>,
      { env: OFFLINE, path: "/?q=pain" },
    );
    await waitFor(() => expect(address().get("at")).toBe("47.71660,2.44270"));
    expect(address().get("near")).toBe("Aubrelle-sur-Loire");
    expect(address().get("q")).toBe("pain");
  });

  test("never puts the shopper's own position in its address more precisely than about 100 m", async () => {
    localStorage.setItem(
      PLACE_STORAGE_KEY,
      JSON.stringify({ label: "Ma position", lat: 47.716382, lon: 2.441877, source: "geolocation" }),
    );
    await renderWithMarket(
      <>
        <FindPage />
        <AddressQuery />
      </>,
      { env: OFFLINE, path: "/?q=pain" },
    );
    await waitFor(() => expect(address().get("at")).toBe("47.716,2.442"));
    expect(address().get("near")).toBeNull();
  });
});
