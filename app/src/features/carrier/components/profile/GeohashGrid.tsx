import type { LatLon } from "@grandrue/sdk";
import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { type GridPrecision, geohashGrid, toggleCell } from "../../lib/geohashGrid.ts";

const CELL = 64;
const SIZE = 5;

export type GeohashGridProps = {
  centre: LatLon;
  precision: GridPrecision;
  chosen: readonly string[];
  onChange(geohashes: string[]): void;
};

/**
 * A small map-less grid of the cells around the centre (north up), each a checkbox: click or press Space to add it
 * to the area served. Drawn in SVG from the geohashes alone: no map tiles are requested.
 */
export function GeohashGrid({ centre, precision, chosen, onChange }: GeohashGridProps) {
  const { t } = useTranslation("carrier");
  const cells = geohashGrid(centre, precision, SIZE);
  const half = Math.floor(SIZE / 2);
  const direction = (row: number, column: number) => {
    const key = `${row < half ? "north" : row > half ? "south" : ""}${column < half ? "west" : column > half ? "east" : ""}`;
    return t(`form.area.directions.${key === "" ? "centre" : key}`);
  };
  const onKey = (event: KeyboardEvent, geohash: string) => {
    if (event.key !== " " && event.key !== "Enter") return;
    event.preventDefault();
    onChange(toggleCell(chosen, geohash));
  };
  return (
    <svg
      className="geohash-grid"
      viewBox={`0 0 ${SIZE * CELL} ${SIZE * CELL}`}
      role="group"
      aria-label={t("form.area.gridLabel")}
    >
      {cells.map(({ geohash, row, column }) => {
        const isChosen = chosen.includes(geohash);
        return (
          <g
            key={`${row}-${column}`}
            role="checkbox"
            aria-checked={isChosen}
            aria-label={t("form.area.cellLabel", { geohash, direction: direction(row, column) })}
            tabIndex={0}
            className={isChosen ? "geohash-grid__cell geohash-grid__cell--chosen" : "geohash-grid__cell"}
            onClick={() => onChange(toggleCell(chosen, geohash))}
            onKeyDown={(event) => onKey(event, geohash)}
          >
            <rect x={column * CELL + 1} y={row * CELL + 1} width={CELL - 2} height={CELL - 2} rx={4} />
            <text x={column * CELL + CELL / 2} y={row * CELL + CELL / 2 + 4} textAnchor="middle">
              {geohash.slice(-2)}
            </text>
          </g>
        );
      })}
      <circle className="geohash-grid__centre" cx={(half + 0.5) * CELL} cy={(half + 0.5) * CELL - 14} r={4} />
    </svg>
  );
}
