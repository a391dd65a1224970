import type { StyleSpecification } from "maplibre-gl";

const LAND = "#f4efe6";

/**
 * The map's style, shipped with the app (so from its own origin): the archive's `water`, `squares` and `streets`
 * layers in the app's colours. It names no glyphs and no sprites — street names are not drawn, shops are HTML markers
 * in the page's own font — so the map loads nothing but the archive's tiles.
 * @param archiveUrl Absolute URL of the PMTiles archive (the app's origin or an IPFS gateway).
 */
export function townMapStyle(archiveUrl: string, attribution: string): StyleSpecification {
  const kind = (...kinds: string[]) => ["in", ["get", "kind"], ["literal", kinds]] as ["in", unknown, unknown];
  return {
    version: 8,
    sources: { town: { type: "vector", url: `pmtiles://${archiveUrl}`, attribution } },
    layers: [
      { id: "land", type: "background", paint: { "background-color": LAND } },
      {
        id: "water",
        type: "fill",
        source: "town",
        "source-layer": "water",
        filter: kind("river", "lake", "water"),
        paint: { "fill-color": "#a8cde0" },
      },
      {
        id: "islands",
        type: "fill",
        source: "town",
        "source-layer": "water",
        filter: kind("island"),
        paint: { "fill-color": "#e3ecd2" },
      },
      {
        id: "parks",
        type: "fill",
        source: "town",
        "source-layer": "squares",
        filter: kind("park"),
        paint: { "fill-color": "#cfe3bf" },
      },
      {
        id: "squares",
        type: "fill",
        source: "town",
        "source-layer": "squares",
        filter: kind("square", "market-hall"),
        paint: { "fill-color": "#e6d8bf", "fill-outline-color": "#c9b48f" },
      },
      {
        id: "paths",
        type: "line",
        source: "town",
        "source-layer": "streets",
        filter: kind("path"),
        paint: { "line-color": "#b79f7a", "line-width": 1.5, "line-dasharray": [2, 2] },
      },
      {
        id: "street-casings",
        type: "line",
        source: "town",
        "source-layer": "streets",
        filter: kind("street", "main", "bridge"),
        layout: { "line-cap": "round", "line-join": "round" },
        paint: {
          "line-color": "#cbbda6",
          "line-width": ["interpolate", ["linear"], ["zoom"], 12, 2, 16, 12],
        },
      },
      {
        id: "streets",
        type: "line",
        source: "town",
        "source-layer": "streets",
        filter: kind("street", "main", "bridge"),
        layout: { "line-cap": "round", "line-join": "round" },
        paint: {
          "line-color": ["match", ["get", "kind"], "main", "#fff6dc", "#ffffff"],
          "line-width": ["interpolate", ["linear"], ["zoom"], 12, 1, 16, 9],
        },
      },
    ],
  } as StyleSpecification;
}
