// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { renderWithMarket } from "../test/renderWithMarket.tsx";
import { RelayerSettings } from "./RelayerSettings.tsx";

const RELAYER = "https://relay.coop.example";

afterEach(() => {
  cleanup();
  localStorage.clear();
});

async function renderSettings() {
  await renderWithMarket(<RelayerSettings />, { path: "/settings", env: { VITE_RELAYERS: RELAYER } });
  return screen.getByLabelText("Relais, essayés dans cet ordre") as HTMLTextAreaElement;
}

const save = () => fireEvent.submit(screen.getByRole("button", { name: "Enregistrer les relais" }).closest("form")!);

describe("RelayerSettings", () => {
  test("shows the app's relayers, and nothing is kept until the shopper changes them", async () => {
    const field = await renderSettings();
    expect(field.value).toBe(RELAYER);
    expect(screen.getByText("Les relais de l'application : relay.coop.example.")).toBeTruthy();
    expect(localStorage.getItem("grandrue:relaying:31337")).toBeNull();
  });

  test("refuses a bad address or one the page may not reach, saying why, and keeps nothing", async () => {
    const field = await renderSettings();
    fireEvent.change(field, { target: { value: `${RELAYER}\nrelay.example` } });
    save();
    expect(
      await screen.findByText(
        "« relay.example » n'est pas une adresse : écrivez-la en entier, en commençant par https://.",
      ),
    ).toBeTruthy();
    fireEvent.change(field, { target: { value: "https://elsewhere.example" } });
    save();
    expect(await screen.findByText(/^Cette page ne peut pas joindre « https:\/\/elsewhere\.example »/)).toBeTruthy();
    fireEvent.change(field, { target: { value: "ftp://relay.coop.example" } });
    save();
    expect(
      await screen.findByText("« ftp://relay.coop.example » doit commencer par https:// (ou http://)."),
    ).toBeTruthy();
    expect(localStorage.getItem("grandrue:relaying:31337")).toBeNull();
  });

  test("keeps the shopper's own list and the always-relay switch on this device", async () => {
    const field = await renderSettings();
    fireEvent.change(field, { target: { value: `${window.location.origin}/relay/, ${RELAYER}/` } });
    save();
    expect(await screen.findByText("Enregistré sur cet appareil.")).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: /^Payer les frais de réseau/ }));
    expect(JSON.parse(localStorage.getItem("grandrue:relaying:31337")!)).toEqual({
      relayers: [`${window.location.origin}/relay`, RELAYER],
      isAlwaysRelayed: true,
    });
    fireEvent.click(screen.getByRole("button", { name: "Utiliser les relais de l'application" }));
    expect(JSON.parse(localStorage.getItem("grandrue:relaying:31337")!)).toEqual({ isAlwaysRelayed: true });
  });
});
