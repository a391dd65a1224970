/**
 * A vector tile archive (PMTiles) from GeoJSON files, for the find page's map: one vector layer per file, named after
 * it (`water.geojson` → layer `water`; the app's style draws `water`, `streets` and `squares`). Offline.
 *
 *   npm run map:tiles -- <out.pmtiles> <layer.geojson>… [--min-zoom 11] [--max-zoom 16] [--name "…"] [--attribution "…"]
 *
 * Meant for a town's worth of data; for a real region, see the README (planetiler or tilemaker from an OpenStreetMap
 * extract, or `pmtiles extract` of a published archive).
 */
import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import type { FeatureCollection } from "geojson";
import { geojsonToPmtiles } from "./lib/map-tiles/geojsonArchive.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "min-zoom": { type: "string", default: "11" },
    "max-zoom": { type: "string", default: "16" },
    name: { type: "string", default: "Grandrue map" },
    attribution: { type: "string", default: "" },
  },
});
const [output, ...inputs] = positionals;
const minZoom = Number(values["min-zoom"]);
const maxZoom = Number(values["max-zoom"]);
if (output === undefined || inputs.length === 0 || !output.endsWith(".pmtiles")) {
  console.error("Usage: npm run map:tiles -- <out.pmtiles> <layer.geojson>… [--min-zoom 11] [--max-zoom 16]");
  process.exit(2);
}
if (!Number.isInteger(minZoom) || !Number.isInteger(maxZoom) || minZoom < 0 || maxZoom > 18 || minZoom > maxZoom) {
  console.error("--min-zoom and --max-zoom are whole numbers, 0 ≤ min ≤ max ≤ 18");
  process.exit(2);
}
const layers: Record<string, FeatureCollection> = {};
for (const input of inputs) {
  const json = JSON.parse(await readFile(input, "utf8")) as FeatureCollection;
  if (json.type !== "FeatureCollection") {
    console.error(`${input} is not a GeoJSON FeatureCollection`);
    process.exit(1);
  }
  layers[basename(input).replace(/\.(geo)?json$/, "")] = json;
}
const archive = geojsonToPmtiles(layers, { name: values.name!, attribution: values.attribution!, minZoom, maxZoom });
await writeFile(output, archive);
console.log(`Wrote ${output}: ${(archive.length / 1024).toFixed(1)} KiB, layers ${Object.keys(layers).join(", ")}`);
