import { encodeGeohash, geohashBoundingBox, geohashNeighbours } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";

/** Precision of the cells drawn around the point: 7 characters, about 150 m across. */
const PREVIEW_PRECISION = 7;
const SIZE = 180;

/**
 * A small drawing of where the shop will appear: its point in the middle of the surrounding ~150 m cells, north up.
 * Drawn from the coordinates alone, with no map tiles (nothing is requested from a tile server).
 */
export function LocationPreview({ point }: { point: { lat: number; lon: number } }) {
  const { t } = useTranslation("merchant");
  const centre = encodeGeohash(point, PREVIEW_PRECISION);
  const cells = [centre, ...geohashNeighbours(centre)].map((cell) => ({ cell, box: geohashBoundingBox(cell) }));
  const minLat = Math.min(...cells.map(({ box }) => box.minLat));
  const maxLat = Math.max(...cells.map(({ box }) => box.maxLat));
  const minLon = Math.min(...cells.map(({ box }) => box.minLon));
  const maxLon = Math.max(...cells.map(({ box }) => box.maxLon));
  const x = (lon: number) => ((lon - minLon) / (maxLon - minLon)) * SIZE;
  const y = (lat: number) => ((maxLat - lat) / (maxLat - minLat)) * SIZE;
  return (
    <figure className="location-preview">
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-label={t("form.address.previewLabel", { lat: point.lat.toFixed(5), lon: point.lon.toFixed(5) })}
      >
        {cells.map(({ cell, box }) => (
          <rect
            key={cell}
            className={
              cell === centre ? "location-preview__cell location-preview__cell--centre" : "location-preview__cell"
            }
            x={x(box.minLon)}
            y={y(box.maxLat)}
            width={x(box.maxLon) - x(box.minLon)}
            height={y(box.minLat) - y(box.maxLat)}
          />
        ))}
        <circle className="location-preview__point" cx={x(point.lon)} cy={y(point.lat)} r={6} />
        <text className="location-preview__north" x={SIZE - 14} y={16}>
          N
        </text>
      </svg>
      <figcaption className="muted">{t("form.address.previewCaption")}</figcaption>
    </figure>
  );
}
