// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, test, vi } from "vitest";
import type { Place } from "../../../place/types.ts";
import { renderWithMarket } from "../../../test/renderWithMarket.tsx";
import { buildPlaceDirectory, type PlaceDirectory } from "../place/placeDirectory.ts";
import { FindForm } from "./FindForm.tsx";

const HAMLET = { name: "Hameau des Noues", location: { lat: 47.653048, lon: 2.418945 } };
const TOWN = { postcode: "45600", city: "Aubrelle-sur-Loire" };
const DIRECTORY = buildPlaceDirectory(
  [
    { address: TOWN, location: { lat: 47.7162, lon: 2.4411 } },
    { address: TOWN, location: { lat: 47.7158, lon: 2.4425 } },
  ],
  [HAMLET],
);
/** The app configured to suggest one place, as `npm run dev` suggests the demo town's. */
const SUGGESTING_HAMLET = {
  VITE_PLACE_SUGGESTIONS: JSON.stringify([{ name: HAMLET.name, ...HAMLET.location }]),
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function renderForm({ place }: { place?: Place } = {}) {
  const onSearch = vi.fn();
  const onPlace = vi.fn();
  await renderWithMarket(
    <FindForm need="" place={place} directory={DIRECTORY} onSearch={onSearch} onPlace={onPlace} />,
    { env: SUGGESTING_HAMLET },
  );
  const submit = (need: string, where: string) => {
    fireEvent.change(screen.getByLabelText("Ce que vous cherchez"), { target: { value: need } });
    fireEvent.change(screen.getByLabelText(/^Près de/), { target: { value: where } });
    fireEvent.click(screen.getByRole("button", { name: "Chercher" }));
  };
  return { onSearch, onPlace, submit };
}

describe("FindForm", () => {
  test("a town typed by name becomes the place, centred on its shops, and the need is searched", async () => {
    const { onSearch, onPlace, submit } = await renderForm();
    submit("pain au levain", "aubrelle-sur-loire");
    expect(onPlace).toHaveBeenCalledWith(expect.objectContaining({ label: "Aubrelle-sur-Loire", source: "town" }));
    expect(onSearch).toHaveBeenCalledWith("pain au levain");
  });

  test("coordinates become the place as they are", async () => {
    const { onPlace, submit } = await renderForm();
    submit("vélo", "47,72 ; 2,46");
    expect(onPlace).toHaveBeenCalledWith({ label: "47.72000, 2.46000", lat: 47.72, lon: 2.46, source: "coordinates" });
  });

  test("an unknown place is said plainly on the field, and nothing is searched", async () => {
    const { onSearch, onPlace, submit } = await renderForm();
    submit("pain", "Tombouctou");
    const field = screen.getByLabelText(/^Près de/);
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText(/Aucun commerce inscrit à « Tombouctou »/)).toBeTruthy();
    expect(onPlace).not.toHaveBeenCalled();
    expect(onSearch).not.toHaveBeenCalled();
  });

  test("a name typed while the shop directory loads is looked up as soon as it has loaded", async () => {
    const onPlace = vi.fn();
    const onSearch = vi.fn();
    function LoadingDirectory() {
      const [directory, setDirectory] = useState<PlaceDirectory>();
      return (
        <>
          <button type="button" onClick={() => setDirectory(DIRECTORY)}>
            Index loaded
          </button>
          <FindForm need="" place={undefined} directory={directory} onSearch={onSearch} onPlace={onPlace} />
        </>
      );
    }
    await renderWithMarket(<LoadingDirectory />);
    fireEvent.change(screen.getByLabelText(/^Près de/), { target: { value: "Aubrelle" } });
    fireEvent.click(screen.getByRole("button", { name: "Chercher" }));
    expect(screen.getByRole("status").textContent).toBe("Recherche de « Aubrelle » parmi les adresses des commerces…");
    expect(onPlace).not.toHaveBeenCalled();
    expect(onSearch).toHaveBeenCalledWith("");
    fireEvent.click(screen.getByRole("button", { name: "Index loaded" }));
    expect(onPlace).toHaveBeenCalledWith(expect.objectContaining({ label: "Aubrelle-sur-Loire", source: "town" }));
  });

  test("keeps the current place when its name is left unchanged, and says where it searches", async () => {
    const place: Place = { label: "Hameau des Noues", lat: 47.653048, lon: 2.418945, source: "suggestion" };
    const { onSearch, onPlace, submit } = await renderForm({ place });
    expect(screen.getByRole("status").textContent).toBe("Recherche autour de : Hameau des Noues");
    submit("roman", "Hameau des Noues");
    expect(onPlace).not.toHaveBeenCalled();
    expect(onSearch).toHaveBeenCalledWith("roman");
  });

  test("offers the places the app is configured to suggest", async () => {
    const { onPlace } = await renderForm();
    fireEvent.click(screen.getByRole("button", { name: "Hameau des Noues" }));
    expect(onPlace).toHaveBeenCalledWith({
      label: "Hameau des Noues",
      lat: 47.653048,
      lon: 2.418945,
      source: "suggestion",
    });
  });

  test("suggests no place when none is configured", async () => {
    await renderWithMarket(
      <FindForm need="" place={undefined} directory={DIRECTORY} onSearch={vi.fn()} onPlace={vi.fn()} />,
    );
    expect(screen.queryByRole("button", { name: "Hameau des Noues" })).toBeNull();
  });

  test("uses the browser's position when the shopper allows it", async () => {
    vi.stubGlobal("navigator", {
      ...navigator,
      geolocation: {
        getCurrentPosition: (success: PositionCallback) =>
          success({ coords: { latitude: 47.7, longitude: 2.44 } } as GeolocationPosition),
      },
    });
    const { onPlace } = await renderForm();
    fireEvent.click(screen.getByRole("button", { name: "Utiliser ma position" }));
    expect(onPlace).toHaveBeenCalledWith({ label: "Ma position", lat: 47.7, lon: 2.44, source: "geolocation" });
  });

  test("a refused location permission is explained, with what to do instead", async () => {
    vi.stubGlobal("navigator", {
      ...navigator,
      geolocation: {
        getCurrentPosition: (_success: PositionCallback, failure: PositionErrorCallback) =>
          failure({
            code: 1,
            PERMISSION_DENIED: 1,
            POSITION_UNAVAILABLE: 2,
            TIMEOUT: 3,
            message: "denied",
          } as GeolocationPositionError),
      },
    });
    const { onPlace } = await renderForm();
    fireEvent.click(screen.getByRole("button", { name: "Utiliser ma position" }));
    expect(
      await screen.findByText(
        "Vous n'avez pas autorisé l'accès à votre position. Tapez plutôt une ville ou un code postal.",
      ),
    ).toBeTruthy();
    expect(onPlace).not.toHaveBeenCalled();
  });
});
