/**
 * The find page's place directory built from the demo town's shops and places, as `npm run dev` shows it: the
 * town and its postcode resolve to its market square, the suggested places by name.
 */
import { haversineMetres } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import {
  type AddressedShop,
  buildPlaceDirectory,
  foldPlaceName,
  resolvePlace,
  townCentre,
} from "../../app/src/features/discover/place/placeDirectory.ts";
import { DEMO_PLACES, DEMO_SHOPS, DEMO_TOWN } from "../../scripts/lib/demo-town/index.ts";

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
