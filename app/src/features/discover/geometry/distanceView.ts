import type { LatLon } from "@grandrue/sdk";
import { type Box, type LabelPosition, labelBox, overlaps, placeLabel, ringLabelCandidates } from "./labelPlacement.ts";

/** Distances the rings can mark, in metres. */
export const RING_STEPS_METRES = [
  250, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000, 2_000_000, 5_000_000,
  20_000_000,
];

/** The most rings drawn; the smallest ones go first when more would be needed. */
export const MAX_RINGS = 4;

const DEGREE = Math.PI / 180;

/**
 * The compass bearing from `from` to `to` in degrees: 0 north, 90 east, 180 south, 270 west (initial great-circle
 * bearing).
 * @example bearingDegrees({ lat: 47.716, lon: 2.441 }, { lat: 47.726, lon: 2.441 }) // 0
 */
export function bearingDegrees(from: LatLon, to: LatLon): number {
  const dLon = (to.lon - from.lon) * DEGREE;
  const y = Math.sin(dLon) * Math.cos(to.lat * DEGREE);
  const x =
    Math.cos(from.lat * DEGREE) * Math.sin(to.lat * DEGREE) -
    Math.sin(from.lat * DEGREE) * Math.cos(to.lat * DEGREE) * Math.cos(dLon);
  return (((Math.atan2(y, x) / DEGREE) % 360) + 360) % 360;
}

/**
 * The eight compass points for a bearing, as keys for translation.
 * @example compassPoint(100) // "east"
 */
export function compassPoint(
  bearing: number,
): "north" | "northEast" | "east" | "southEast" | "south" | "southWest" | "west" | "northWest" {
  const points = ["north", "northEast", "east", "southEast", "south", "southWest", "west", "northWest"] as const;
  return points[Math.round((((bearing % 360) + 360) % 360) / 45) % 8]!;
}

/**
 * The rings to draw for shops up to `farthestMetres` away: every step up to the first one that contains them all
 * (at least 500 m), keeping the {@link MAX_RINGS} largest.
 * @example ringsFor(900) // [250, 500, 1000]
 * @example ringsFor(7_500) // [1000, 2000, 5000, 10000]
 */
export function ringsFor(farthestMetres: number): number[] {
  const outerIndex = RING_STEPS_METRES.findIndex((step) => step >= Math.max(farthestMetres, 500));
  const steps = RING_STEPS_METRES.slice(0, outerIndex === -1 ? undefined : outerIndex + 1);
  return steps.slice(-MAX_RINGS);
}

/**
 * How far from the centre a distance is drawn: a square-root scale, so shops next door and a farm across the fields
 * both find room (the rings say the real distances).
 * @example radiusFor(2_500, 10_000, 100) // 50
 */
export function radiusFor(metres: number, outerMetres: number, outerRadius: number): number {
  return outerRadius * Math.sqrt(Math.min(metres, outerMetres) / outerMetres);
}

/** A shop to place around the centre. */
export type PlottedShop = { id: string; name: string; location: LatLon; distanceMetres: number };

export type PlottedDot<Shop extends PlottedShop = PlottedShop> = Shop & {
  x: number;
  y: number;
  bearing: number;
  label?: LabelPosition;
};

/** A ring and where its distance is written (above its top unless a shop's name is there). */
export type Ring = {
  metres: number;
  radius: number;
  labelX: number;
  labelY: number;
  labelAnchor: LabelPosition["anchor"];
};

export type DistanceViewLayout<Shop extends PlottedShop = PlottedShop> = {
  size: number;
  centre: number;
  rings: Ring[];
  dots: PlottedDot<Shop>[];
};

/**
 * Lays out the distance view: rings around the place, each shop as a dot at its bearing and (square-root scaled)
 * distance, and its name beside it where it fits — a name that would cover another is left out (the dot keeps its
 * number, its accessible name and the list says the rest). Shop names are placed first; each ring's distance then
 * goes where it covers no name.
 * @example layoutDistanceView(place, shops, { size: 320 }).dots[0] // { id: "1", x: 171.2, y: 150.4, label: { … } }
 */
export function layoutDistanceView<Shop extends PlottedShop>(
  place: LatLon,
  shops: readonly Shop[],
  { size, dotRadius = 9 }: { size: number; dotRadius?: number },
): DistanceViewLayout<Shop> {
  const centre = size / 2;
  // Room for the outer ring's distance above it and for dots on it.
  const outerRadius = centre - Math.max(dotRadius + 4, 16);
  const steps = ringsFor(Math.max(0, ...shops.map((shop) => shop.distanceMetres)));
  const outer = steps.at(-1)!;
  const dots = shops.map((shop) => {
    const bearing = bearingDegrees(place, shop.location);
    const radius = radiusFor(shop.distanceMetres, outer, outerRadius);
    return {
      ...shop,
      bearing,
      x: centre + radius * Math.sin(bearing * DEGREE),
      y: centre - radius * Math.cos(bearing * DEGREE),
    };
  });
  const taken: Box[] = [
    { left: centre - 8, right: centre + 8, top: centre - 8, bottom: centre + 8 },
    ...dots.map(({ x, y }) => ({
      left: x - dotRadius,
      right: x + dotRadius,
      top: y - dotRadius,
      bottom: y + dotRadius,
    })),
  ];
  const labelled = dots.map((dot): PlottedDot<Shop> => {
    const label = placeLabel(dot, taken, size, dotRadius);
    if (label === undefined) return dot;
    taken.push(labelBox(label));
    return { ...dot, label };
  });
  const rings = steps.map((metres): Ring => {
    const radius = radiusFor(metres, outer, outerRadius);
    const candidates = ringLabelCandidates(centre, radius);
    const position =
      candidates.find((candidate) => !taken.some((other) => overlaps(labelBox(candidate), other))) ?? candidates[0]!;
    taken.push(labelBox(position));
    return { metres, radius, labelX: position.x, labelY: position.y, labelAnchor: position.anchor };
  });
  return { size, centre, rings, dots: labelled };
}
