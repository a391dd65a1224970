import type { LatLon } from "../geo/types.ts";
import { isValidLatLon } from "../geo/validate.ts";
import { InvalidSearchQueryError } from "./errors.ts";
import { normaliseTag, type SearchFilters } from "./filters.ts";
import { MAX_QUERY_TERMS } from "./ranking.ts";
import { analyseQuery } from "./text-analysis.ts";
import type { ShopSearchQuery } from "./types.ts";

/** Default search radius around `near`, in metres. */
export const DEFAULT_RADIUS_METRES = 2_000;

/** Default maximum number of results. */
export const DEFAULT_LIMIT = 50;

/** A validated, normalised {@link ShopSearchQuery}. */
export type SearchPlan = {
  /** Distinct meaningful query words (at most {@link MAX_QUERY_TERMS}); empty means no text. */
  terms: string[];
  near?: LatLon;
  radiusMetres: number;
  limit: number;
  filters: SearchFilters;
};

function normaliseTags(tags: string[] | undefined): string[] | undefined {
  const normalised = (tags ?? []).map(normaliseTag).filter((tag) => tag.length > 0);
  return normalised.length > 0 ? [...new Set(normalised)] : undefined;
}

/**
 * Validates a query and applies its defaults.
 * @throws {InvalidSearchQueryError} when `near`, `radiusMetres` or `limit` is out of range.
 * @example planSearch({ text: 'Pain au levain' }).terms // ['pain', 'levain']
 */
export function planSearch(query: ShopSearchQuery): SearchPlan {
  const { near, radiusMetres = DEFAULT_RADIUS_METRES, limit = DEFAULT_LIMIT } = query;
  if (near !== undefined && !isValidLatLon(near)) {
    throw new InvalidSearchQueryError(
      "near",
      "a latitude within [-90, 90] and a longitude within [-180, 180]",
      `${near.lat}, ${near.lon}`,
    );
  }
  if (!Number.isFinite(radiusMetres) || radiusMetres < 0) {
    throw new InvalidSearchQueryError("radiusMetres", "a finite number of metres, zero or more", radiusMetres);
  }
  if (!Number.isInteger(limit) || limit < 1) throw new InvalidSearchQueryError("limit", "a positive integer", limit);
  const categories = normaliseTags(query.categories);
  const labels = normaliseTags(query.labels);
  return {
    terms: analyseQuery(query.text ?? "").slice(0, MAX_QUERY_TERMS),
    ...(near !== undefined && { near: { lat: near.lat, lon: near.lon } }),
    radiusMetres,
    limit,
    filters: {
      ...(categories !== undefined && { categories: new Set(categories) }),
      ...(labels !== undefined && { labels }),
      ...(query.fulfilment !== undefined && { fulfilment: query.fulfilment }),
      ...(query.token !== undefined && { token: query.token.toLowerCase() }),
      includeUnavailable: query.includeUnavailable ?? false,
    },
  };
}
