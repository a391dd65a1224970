import { gzipSync } from "node:zlib";
import type { FeatureCollection } from "geojson";
import GeoJSONVT from "geojson-vt";
import { fromGeojsonVt } from "vt-pbf";
import { type ArchiveTile, writePmtiles } from "./pmtilesWriter.ts";

export type GeojsonArchiveOptions = {
  /** The archive's name, in its metadata. */
  name: string;
  /** Where the data comes from, shown by maps that show attributions. */
  attribution: string;
  minZoom: number;
  maxZoom: number;
};

const EXTENT = 4096;

/** Longitude/latitude to the tile column and row at zoom `z` (Web Mercator). */
function tileOf(lon: number, lat: number, z: number): { x: number; y: number } {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const radians = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2) * n);
  return { x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) };
}

function boundsOf(layers: Record<string, FeatureCollection>): [number, number, number, number] {
  let [west, south, east, north] = [180, 90, -180, -90];
  const visit = (coordinates: unknown): void => {
    if (typeof (coordinates as number[])[0] === "number") {
      const [lon, lat] = coordinates as [number, number];
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
      return;
    }
    for (const inner of coordinates as unknown[]) visit(inner);
  };
  for (const collection of Object.values(layers)) {
    for (const feature of collection.features) {
      if (feature.geometry.type !== "GeometryCollection") visit(feature.geometry.coordinates);
    }
  }
  return [west, south, east, north];
}

/**
 * A PMTiles archive of vector tiles from GeoJSON, one vector layer per collection (`{ water, streets, squares }`):
 * geojson-vt slices each layer, vt-pbf encodes each tile, gzip compresses it. Offline and deterministic.
 * @example const bytes = geojsonToPmtiles({ streets, water }, { name: "Aubrelle", attribution: "…", minZoom: 12, maxZoom: 16 })
 */
export function geojsonToPmtiles(
  layers: Record<string, FeatureCollection>,
  options: GeojsonArchiveOptions,
): Uint8Array {
  const indexes = Object.entries(layers).map(
    ([name, collection]) =>
      [
        name,
        new GeoJSONVT(collection, {
          maxZoom: options.maxZoom,
          indexMaxZoom: options.maxZoom,
          extent: EXTENT,
          buffer: 64,
        }),
      ] as const,
  );
  const bounds = boundsOf(layers);
  const tiles: ArchiveTile[] = [];
  for (let z = options.minZoom; z <= options.maxZoom; z += 1) {
    const from = tileOf(bounds[0], bounds[3], z);
    const to = tileOf(bounds[2], bounds[1], z);
    for (let x = from.x; x <= to.x; x += 1) {
      for (let y = from.y; y <= to.y; y += 1) {
        const present = Object.fromEntries(
          indexes.flatMap(([name, index]) => {
            const tile = index.getTile(z, x, y);
            return tile === null || tile.features.length === 0 ? [] : [[name, tile]];
          }),
        );
        if (Object.keys(present).length === 0) continue;
        tiles.push({ z, x, y, data: gzipSync(fromGeojsonVt(present, { version: 2, extent: EXTENT })) });
      }
    }
  }
  const [west, south, east, north] = bounds;
  return writePmtiles(
    tiles,
    {
      minZoom: options.minZoom,
      maxZoom: options.maxZoom,
      bounds,
      center: { lon: (west + east) / 2, lat: (south + north) / 2, zoom: Math.min(options.maxZoom, 15) },
      tileCompression: "gzip",
    },
    {
      name: options.name,
      attribution: options.attribution,
      vector_layers: Object.keys(layers).map((id) => ({
        id,
        fields: {},
        minzoom: options.minZoom,
        maxzoom: options.maxZoom,
      })),
    },
  );
}
