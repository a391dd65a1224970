import { type MouseEvent, useId } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import { formatDistance } from "../../../lib/format.ts";
import type { Place } from "../../../place/types.ts";
import { compassPoint, layoutDistanceView } from "../geometry/distanceView.ts";
import type { FindResult } from "../results/findResults.ts";

const SIZE = 320;
const DOT_RADIUS = 9;

/**
 * Where the shops are around the place, without any map tiles: rings at round distances, north up, each shop a
 * numbered dot at its bearing and distance, a keyboard-focusable link to its page. The list is its text alternative.
 */
export function DistanceView({ place, results }: { place: Place; results: readonly FindResult[] }) {
  const { t, i18n } = useTranslation("shops");
  const [, navigate] = useLocation();
  const captionId = useId();
  const shops = results.flatMap((result, index) => {
    const location = result.shop.location;
    if (location === undefined || result.distanceMetres === undefined) return [];
    const name = result.indexed.metadata?.name ?? t("shop.unnamed", { id: result.shop.shopId.toString() });
    return [
      { id: result.shop.shopId.toString(), name, location, distanceMetres: result.distanceMetres, rank: index + 1 },
    ];
  });
  const layout = layoutDistanceView(place, shops, { size: SIZE, dotRadius: DOT_RADIUS });
  const open = (event: MouseEvent, href: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  const { centre } = layout;
  return (
    <figure className="distance-view">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} className="distance-view__plot" role="group" aria-labelledby={captionId}>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> of circles and text is not focusable */}
        <g aria-hidden="true">
          {layout.rings.map((ring) => (
            <g key={ring.metres}>
              <circle cx={centre} cy={centre} r={ring.radius} className="distance-view__ring" />
              <text x={ring.labelX} y={ring.labelY} textAnchor={ring.labelAnchor} className="distance-view__ring-label">
                {formatDistance(ring.metres, i18n.language)}
              </text>
            </g>
          ))}
          <line x1={centre} y1={centre} x2={centre} y2={4} className="distance-view__north-line" />
          <text x={centre - 4} y={12} className="distance-view__north" textAnchor="end">
            {t("map.north")}
          </text>
          <circle cx={centre} cy={centre} r={5} className="distance-view__centre" />
        </g>
        {layout.dots.map((dot) => {
          const href = `/shops/${dot.id}`;
          const where = t("map.dot", {
            rank: dot.rank,
            name: dot.name,
            distance: formatDistance(dot.distanceMetres, i18n.language),
            direction: t(`map.direction.${compassPoint(dot.bearing)}`),
          });
          return (
            <a
              key={dot.id}
              href={href}
              onClick={(event) => open(event, href)}
              aria-label={where}
              className="distance-view__shop"
            >
              <circle cx={dot.x} cy={dot.y} r={DOT_RADIUS} className="distance-view__dot" />
              <text x={dot.x} y={dot.y} dy="0.35em" textAnchor="middle" className="distance-view__rank">
                {dot.rank}
              </text>
              {dot.label !== undefined && (
                <text x={dot.label.x} y={dot.label.y} textAnchor={dot.label.anchor} className="distance-view__name">
                  {dot.label.text}
                </text>
              )}
            </a>
          );
        })}
      </svg>
      <figcaption id={captionId} className="distance-view__caption">
        {t("map.caption", { place: place.label })}
      </figcaption>
    </figure>
  );
}
