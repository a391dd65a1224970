import { haversineMetres } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { DEMO_PLACES, DEMO_SHOPS, DEMO_TOWN } from "../../../../../scripts/lib/demo-town/index.ts";
import { parseCoordinates } from "./parseCoordinates.ts";
import { type AddressedShop, buildPlaceDirectory, foldPlaceName, resolvePlace, townCentre } from "./placeDirectory.ts";
import { PLACE_STORAGE_KEY, readSavedPlace, savePlace } from "./savedPlace.ts";

describe("parseCoordinates", () => {
  test.each([
    ["47.72, 2.46", { lat: 47.72, lon: 2.46 }],
    ["47.72 2.46", { lat: 47.72, lon: 2.46 }],
    [" 47,72 ; 2,46 ", { lat: 47.72, lon: 2.46 }],
    ["47,72, 2,46", { lat: 47.72, lon: 2.46 }],
    ["-33.86,151.2", { lat: -33.86, lon: 151.2 }],
  ])("reads %j as a point", (text, point) => {
    expect(parseCoordinates(text)).toEqual(point);
  });

  test.each(["Aubrelle-sur-Loire", "45600", "75 011", "47,72", "95.1, 2.4", "47.7, 181.2", ""])(
    "does not read %j as a point",
    (text) => {
      expect(parseCoordinates(text)).toBeUndefined();
    },
  );
});

// The demo town's twelve shops: eleven around the market square, and the farm eight kilometres south with the town's postcode.
const DEMO_ADDRESSED: AddressedShop[] = DEMO_SHOPS.map((shop) => ({ address: shop.address, location: shop.location }));

describe("the place directory", () => {
  const directory = buildPlaceDirectory(DEMO_ADDRESSED, DEMO_PLACES);

  test("folds place names so case, accents and dashes do not matter", () => {
    expect(foldPlaceName("  AUBRELLE-sur-Loire ")).toBe("aubrelle sur loire");
    expect(foldPlaceName("Lieu-dit La Gravière")).toBe("lieu dit la graviere");
  });

  test("centres a town on its shops, leaving out the farm far in the fields", () => {
    const centre = townCentre(DEMO_ADDRESSED.map((shop) => shop.location));
    expect(haversineMetres(centre, DEMO_TOWN.centre)).toBeLessThan(300);
    const plainCentroid = {
      lat: DEMO_ADDRESSED.reduce((sum, shop) => sum + shop.location.lat, 0) / DEMO_ADDRESSED.length,
      lon: DEMO_ADDRESSED.reduce((sum, shop) => sum + shop.location.lon, 0) / DEMO_ADDRESSED.length,
    };
    expect(haversineMetres(plainCentroid, DEMO_TOWN.centre)).toBeGreaterThan(500);
  });

  test("finds the town by its name, however it is typed, and by the start of its name", () => {
    for (const text of ["Aubrelle-sur-Loire", "aubrelle sur loire", "AUBRELLE", "aubr"]) {
      const place = resolvePlace(directory, text);
      expect(place?.label).toBe("Aubrelle-sur-Loire");
      expect(place?.source).toBe("town");
      expect(haversineMetres(place!, DEMO_TOWN.centre)).toBeLessThan(300);
    }
  });

  test("finds a postcode, with the town it belongs to", () => {
    expect(resolvePlace(directory, "45 600")).toMatchObject({ label: "45600 Aubrelle-sur-Loire", source: "postcode" });
  });

  test("finds the demo places by name", () => {
    expect(resolvePlace(directory, "hameau des noues")).toMatchObject({
      label: "Hameau des Noues",
      source: "suggestion",
      lat: 47.653048,
      lon: 2.418945,
    });
  });

  test("knows no place where no shop is registered, and no place from two letters", () => {
    expect(resolvePlace(directory, "Orléans")).toBeUndefined();
    expect(resolvePlace(directory, "au")).toBeUndefined();
    expect(resolvePlace(buildPlaceDirectory([]), "Aubrelle")).toBeUndefined();
  });
});

function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, value),
  };
}

describe("the remembered place", () => {
  test("is kept in storage and read back", () => {
    const storage = memoryStorage();
    savePlace(storage, { label: "Aubrelle-sur-Loire", lat: 47.717, lon: 2.443, source: "town" });
    expect(readSavedPlace(storage)).toEqual({ label: "Aubrelle-sur-Loire", lat: 47.717, lon: 2.443, source: "town" });
    savePlace(storage, undefined);
    expect(readSavedPlace(storage)).toBeUndefined();
  });

  test("anything unreadable or out of range is forgotten rather than trusted", () => {
    const storage = memoryStorage();
    for (const stored of [
      "{not json",
      JSON.stringify({ label: "x", lat: 123, lon: 2, source: "town" }),
      JSON.stringify({ label: "x", lat: 1, lon: 2, source: "gps" }),
    ]) {
      storage.setItem(PLACE_STORAGE_KEY, stored);
      expect(readSavedPlace(storage)).toBeUndefined();
    }
  });
});
