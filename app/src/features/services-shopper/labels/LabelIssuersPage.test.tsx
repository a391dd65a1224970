// @vitest-environment happy-dom

import type { LabelIssuer } from "@grandrue/sdk";
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, test } from "vitest";
import { serviceKeys } from "../../../market/index.ts";
import { renderWithMarket } from "../../../test/renderWithMarket.tsx";
import { LabelIssuersPage } from "./LabelIssuersPage.tsx";
import { readTrustChoice, trustChoiceKey } from "./trustedIssuers.ts";

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const cooperative = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const bio = "0xdD2FD4581271e230360230F9337D5c0430Bf44C0";
const artisans = "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199";
const issuers: LabelIssuer[] = [
  { issuer: cooperative, name: "Coopérative d'Aubrelle", profileCid: undefined, since: Date.UTC(2026, 0, 5) / 1000 },
  { issuer: bio, name: "Val Bio", profileCid: undefined, since: Date.UTC(2026, 2, 1) / 1000 },
  { issuer: artisans, name: "Réseau Fait Main", profileCid: undefined, since: Date.UTC(2026, 5, 12) / 1000 },
];

async function renderPage() {
  const { queryClient } = await renderWithMarket(<LabelIssuersPage />);
  act(() => queryClient.setQueryData(serviceKeys.labelIssuers(31337), issuers));
  await screen.findByLabelText("Val Bio");
}

const box = (name: string) => screen.getByLabelText(name) as HTMLInputElement;

describe("LabelIssuersPage", () => {
  test("trusts every issuer until the shopper chooses, and says so", async () => {
    await renderPage();
    expect(screen.getByText("Vous n'avez pas encore choisi")).toBeTruthy();
    expect(issuers.every(({ name }) => box(name).checked)).toBe(true);
    expect(screen.queryByRole("button", { name: /Revenir au choix par défaut/ })).toBeNull();
  });

  test("says since when each issuer issues and how many shops it attests: what its labels are worth", async () => {
    await renderPage();
    expect(screen.getByText("Émetteur depuis le 1 mars 2026 · atteste 0 commerce")).toBeTruthy();
  });

  test("unticking an issuer stores a choice of the others", async () => {
    await renderPage();
    fireEvent.click(box("Val Bio"));
    expect(readTrustChoice(31337)).toEqual([cooperative, artisans]);
    expect(box("Val Bio").checked).toBe(false);
    expect(box("Réseau Fait Main").checked).toBe(true);
    expect(screen.queryByText("Vous n'avez pas encore choisi")).toBeNull();
  });

  test("going back to the default forgets the choice and trusts every issuer again", async () => {
    await renderPage();
    fireEvent.click(box("Val Bio"));
    fireEvent.click(screen.getByRole("button", { name: /Revenir au choix par défaut/ }));
    expect(localStorage.getItem(trustChoiceKey(31337))).toBeNull();
    expect(box("Val Bio").checked).toBe(true);
    expect(screen.getByText("Vous n'avez pas encore choisi")).toBeTruthy();
  });
});
