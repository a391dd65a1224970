import { haversineMetres } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { bearingDegrees, compassPoint, layoutDistanceView, radiusFor, ringsFor } from "./distanceView.ts";

const CENTRE = { lat: 47.716, lon: 2.441 };
/** A point `metres` away from the centre in a compass direction (small distances: flat approximation). */
function offset(metres: number, bearing: number) {
  const radians = (bearing * Math.PI) / 180;
  const dLat = (metres * Math.cos(radians)) / 111_195;
  const dLon = (metres * Math.sin(radians)) / (111_195 * Math.cos((CENTRE.lat * Math.PI) / 180));
  return { lat: CENTRE.lat + dLat, lon: CENTRE.lon + dLon };
}
const shopAt = (id: string, metres: number, bearing: number, name = `Shop ${id}`) => {
  const location = offset(metres, bearing);
  return { id, name, location, distanceMetres: haversineMetres(CENTRE, location) };
};

describe("bearings", () => {
  test.each([
    [0, "north"],
    [90, "east"],
    [180, "south"],
    [270, "west"],
    [45, "northEast"],
  ] as const)("a point due %d° is at that bearing, %s", (bearing, point) => {
    expect(bearingDegrees(CENTRE, offset(800, bearing))).toBeCloseTo(bearing, 0);
    expect(compassPoint(bearingDegrees(CENTRE, offset(800, bearing)))).toBe(point);
  });

  test("compass points wrap around north", () => {
    expect(compassPoint(350)).toBe("north");
    expect(compassPoint(-10)).toBe("north");
    expect(compassPoint(337)).toBe("northWest");
  });
});

describe("rings and scale", () => {
  test("draw round distances up to the first that holds every shop, at least 500 m, four at most", () => {
    expect(ringsFor(70)).toEqual([250, 500]);
    expect(ringsFor(900)).toEqual([250, 500, 1000]);
    expect(ringsFor(1000)).toEqual([250, 500, 1000]);
    expect(ringsFor(7_500)).toEqual([1000, 2000, 5000, 10_000]);
  });

  test("a square-root scale: a quarter of the outer distance is half the radius, beyond the outer ring stays on it", () => {
    expect(radiusFor(2_500, 10_000, 100)).toBe(50);
    expect(radiusFor(0, 10_000, 100)).toBe(0);
    expect(radiusFor(20_000, 10_000, 100)).toBe(100);
  });
});

describe("layoutDistanceView", () => {
  test("places each shop by its bearing and distance around the centre, north up", () => {
    const shops = [shopAt("n", 990, 0), shopAt("e", 245, 90), shopAt("s", 500, 180)];
    const layout = layoutDistanceView(CENTRE, shops, { size: 320 });
    const outer = layout.rings.at(-1)!;
    expect(layout.rings.map((ring) => ring.metres)).toEqual([250, 500, 1000]);
    const [north, east, south] = layout.dots;
    expect(north!.x).toBeCloseTo(layout.centre, 0);
    expect(layout.centre - north!.y).toBeCloseTo(radiusFor(shops[0]!.distanceMetres, 1000, outer.radius), 1);
    expect(east!.y).toBeCloseTo(layout.centre, 0);
    expect(east!.x - layout.centre).toBeCloseTo(radiusFor(shops[1]!.distanceMetres, 1000, outer.radius), 1);
    expect(south!.x).toBeCloseTo(layout.centre, 0);
    expect(south!.y).toBeGreaterThan(layout.centre);
  });

  test("names each dot where its name fits, inside the view", () => {
    const layout = layoutDistanceView(CENTRE, [shopAt("1", 600, 45, "Le Fournil de la Halle")], { size: 320 });
    const label = layout.dots[0]!.label;
    expect(label?.text).toBe("Le Fournil de la Halle");
    expect(label!.x).toBeGreaterThan(0);
    expect(label!.x).toBeLessThan(320);
  });

  test("leaves out a name that would cover another, keeping the dot", () => {
    const crowd = [0, 1, 2, 3, 4, 5].map((index) =>
      shopAt(String(index), 400, 80 + index * 5, `Boutique numéro ${index} de la rue`),
    );
    const layout = layoutDistanceView(CENTRE, crowd, { size: 320 });
    expect(layout.dots).toHaveLength(6);
    const labelled = layout.dots.filter((dot) => dot.label !== undefined);
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.length).toBeLessThan(6);
  });

  test("writes a ring's distance somewhere else when a shop's name is above it", () => {
    const layout = layoutDistanceView(CENTRE, [shopAt("far", 7_500, 15, "Librairie Les Mots Passants")], { size: 320 });
    expect(layout.dots[0]!.label).toBeDefined();
    const fiveKm = layout.rings.find((ring) => ring.metres === 5000)!;
    expect(fiveKm.labelY).toBeGreaterThan(layout.centre);
  });
});
