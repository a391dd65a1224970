import { cellsCovering } from "@grandrue/sdk";
import type { SqlClient } from "../db/sqlClient.ts";
import type { DatabaseFeatures } from "../documents/documentTables.ts";
import type { SearchRequest } from "./searchRequest.ts";
import { type SearchArea, searchStatement } from "./searchSql.ts";
import { termMatchers } from "./termMatchers.ts";

/** One candidate shop: its id and current CIDs (for the browser to check on chain and read), distance and score. */
export type SearchHit = {
  shopId: string;
  metadataCid: string;
  catalogCid: string | null;
  /** `inactive`: found by its name only (rule 7). */
  status: "listed" | "inactive";
  distanceMetres?: number;
  isFarther: boolean;
  score: number;
  /** Offered items that matched the text, best first. */
  matchedItems: string[];
};

export type SearchAnswer = { hits: SearchHit[]; hasMore: boolean; terms: { term: string; typos: string[] }[] };

export type SearchContext = {
  sql: Pick<SqlClient, "query">;
  chainSchema: string;
  features: DatabaseFeatures;
  /** Chain time (unix seconds) for attested labels' expiry. */
  now: bigint;
};

/** Each farther round searches a radius this many times the previous one (rule 6). */
const FARTHER_GROWTH = 4;
/** Beyond this radius the whole index is searched, without a geohash prefilter. */
const WHOLE_EARTH_METRES = 5_000_000;

type HitRow = {
  shop_id: string;
  metadata_cid: string;
  catalog_cid: string | null;
  is_active: boolean;
  distance: number | null;
  item_ids: string[] | null;
  score: number;
};

function toHit(row: HitRow, isFarther: boolean): SearchHit {
  return {
    shopId: row.shop_id,
    metadataCid: row.metadata_cid,
    catalogCid: row.catalog_cid,
    status: row.is_active ? "listed" : "inactive",
    ...(row.distance !== null && { distanceMetres: Number(row.distance) }),
    isFarther,
    score: Number(row.score),
    matchedItems: row.item_ids ?? [],
  };
}

/**
 * Answers a search request with the README's ranking rules: the shops within the radius by score; when none of them
 * is listed, the nearest matching shops beyond it, by distance, looked for in rings four times wider each time, so
 * that the cost stays near the neighbourhood's. Returns one page and whether more follow.
 */
export async function searchShops(context: SearchContext, request: SearchRequest): Promise<SearchAnswer> {
  const matchers = request.terms.length === 0 ? [] : await termMatchers(context.sql, request.terms, context.features);
  const terms = matchers.map(({ term, typos }) => ({ term, typos }));
  const run = async (
    area: SearchArea,
    order: "score" | "distance",
    limit: number,
    offset: number,
  ): Promise<HitRow[]> => {
    const statement = searchStatement({
      request,
      matchers,
      chainSchema: context.chainSchema,
      area,
      order,
      limit,
      offset,
      now: context.now,
    });
    return context.sql.query<HitRow>(statement.text, statement.params);
  };
  const { near, radiusMetres, limit, offset } = request;
  const wanted = offset + limit + 1;
  if (near === undefined) {
    const rows = await run({}, "score", limit + 1, offset);
    return { hits: rows.slice(0, limit).map((row) => toHit(row, false)), hasMore: rows.length > limit, terms };
  }

  const nearby = (
    await run({ cells: cellsCovering(near, radiusMetres), maxDistanceMetres: radiusMetres }, "score", wanted, 0)
  ).map((row) => toHit(row, false));
  const hits = nearby.some((hit) => hit.status === "listed")
    ? nearby
    : [...nearby, ...(await fartherHits(run, near, radiusMetres, wanted - nearby.length))];
  return { hits: hits.slice(offset, offset + limit), hasMore: hits.length > offset + limit, terms };
}

type Run = (area: SearchArea, order: "score" | "distance", limit: number, offset: number) => Promise<HitRow[]>;

async function fartherHits(
  run: Run,
  near: { lat: number; lon: number },
  radiusMetres: number,
  wanted: number,
): Promise<SearchHit[]> {
  if (wanted <= 0) return [];
  for (let ring = Math.max(radiusMetres, 1) * FARTHER_GROWTH; ; ring *= FARTHER_GROWTH) {
    const isWholeEarth = ring >= WHOLE_EARTH_METRES;
    const area: SearchArea = isWholeEarth
      ? { minDistanceMetres: radiusMetres }
      : { cells: cellsCovering(near, ring), minDistanceMetres: radiusMetres, maxDistanceMetres: ring };
    const rows = await run(area, "distance", wanted, 0);
    // Every shop nearer than `ring` lies in its cells, so a full page from this ring is the nearest one overall.
    if (rows.length === wanted || isWholeEarth) return rows.map((row) => toHit(row, true));
  }
}
