import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FeatureCollection } from "geojson";
import { geojsonToPmtiles } from "../../map-tiles/geojsonArchive.ts";

const MAP_DIR = fileURLToPath(new URL("./", import.meta.url));
const APP_PUBLIC_DIR = fileURLToPath(new URL("../../../../app/public/", import.meta.url));

/** The demo town's layers, kept as GeoJSON in this folder: the Loire and its island, streets, squares and parks. */
export const DEMO_MAP_LAYERS = ["water", "streets", "squares"] as const;

/** Where the app finds the demo town's tile archive: a path on its own origin (app/public, git-ignored). */
export const DEMO_MAP_TILES_PATH = "/map/aubrelle-sur-loire.pmtiles";

/** The demo town's vector tile archive, built from its GeoJSON (no download: the town is fictional). */
export async function demoMapArchive(): Promise<Uint8Array> {
  const layers = Object.fromEntries(
    await Promise.all(
      DEMO_MAP_LAYERS.map(
        async (layer) =>
          [layer, JSON.parse(await readFile(join(MAP_DIR, `${layer}.geojson`), "utf8")) as FeatureCollection] as const,
      ),
    ),
  );
  return geojsonToPmtiles(layers, {
    name: "Aubrelle-sur-Loire",
    attribution: "Aubrelle-sur-Loire, ville imaginaire de la démo Grandrue",
    minZoom: 11,
    maxZoom: 16,
  });
}

/**
 * Writes the demo town's tile archive where the app serves it (`app/public` + {@link DEMO_MAP_TILES_PATH}) and returns
 * that path, the app's `VITE_MAP_TILES`.
 */
export async function writeDemoMapTiles(publicDir = APP_PUBLIC_DIR): Promise<string> {
  const file = join(publicDir, DEMO_MAP_TILES_PATH);
  await mkdir(dirname(file), { recursive: true });
  // Written aside then renamed: browser stories running side by side build the app from this folder.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, await demoMapArchive());
  await rename(partial, file);
  return DEMO_MAP_TILES_PATH;
}
