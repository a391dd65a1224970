import { describe, expect, test } from "vitest";
import { parseCoordinates } from "./parseCoordinates.ts";

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
