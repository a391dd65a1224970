import { PMTiles, type RangeResponse, type Source, TileType } from "pmtiles";
import { describe, expect, test } from "vitest";
import { DEMO_TOWN } from "../../scripts/lib/demo-town/index.ts";
import { demoMapArchive } from "../../scripts/lib/demo-town/map/demoMap.ts";

/** The archive as a PMTiles reader sees it over HTTP range requests. */
function memorySource(bytes: Uint8Array): Source {
  return {
    getKey: () => "memory",
    getBytes: async (offset: number, length: number): Promise<RangeResponse> => ({
      data: bytes.slice(offset, offset + length).buffer as ArrayBuffer,
    }),
  };
}

/** The tile column and row of a point at zoom `z` (Web Mercator). */
function tileAt(lat: number, lon: number, z: number) {
  const n = 2 ** z;
  const radians = (lat * Math.PI) / 180;
  return {
    x: Math.floor(((lon + 180) / 360) * n),
    y: Math.floor(((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2) * n),
  };
}

describe("the demo town's tile archive", () => {
  test("is a PMTiles v3 archive of vector tiles that a reader opens, with the town's layers around its centre", async () => {
    const bytes = await demoMapArchive();
    const archive = new PMTiles(memorySource(bytes));
    const header = await archive.getHeader();
    expect(header).toMatchObject({ specVersion: 3, tileType: TileType.Mvt, minZoom: 11, maxZoom: 16 });
    expect(header.minLat).toBeLessThan(DEMO_TOWN.centre.lat);
    expect(header.maxLat).toBeGreaterThan(DEMO_TOWN.centre.lat);
    const metadata = (await archive.getMetadata()) as { vector_layers: { id: string }[] };
    expect(metadata.vector_layers.map((layer) => layer.id)).toEqual(["water", "streets", "squares"]);

    const { x, y } = tileAt(DEMO_TOWN.centre.lat, DEMO_TOWN.centre.lon, 16);
    const tile = await archive.getZxy(16, x, y);
    expect(tile).toBeDefined();
    // The reader has already gunzipped it: a Mapbox Vector Tile whose strings are plain UTF-8.
    const protobuf = new TextDecoder().decode(new Uint8Array(tile!.data));
    expect(protobuf).toContain("streets");
    expect(protobuf).toContain("Place du Marché");
    expect(protobuf).toContain("Grande Rue");
    expect(await archive.getZxy(16, x + 200, y)).toBeUndefined();
  });

  test("is the same bytes every time it is built", async () => {
    expect(Buffer.from(await demoMapArchive()).equals(Buffer.from(await demoMapArchive()))).toBe(true);
  });
});
