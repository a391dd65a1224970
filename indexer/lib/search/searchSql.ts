import { EARTH_RADIUS_METRES } from "@grandrue/sdk";
import { DOCUMENTS_SCHEMA } from "../documents/documentTables.ts";
import type { SearchRequest } from "./searchRequest.ts";
import type { TermMatcher } from "./termMatchers.ts";

/** Where candidates are taken from: shops whose geohash starts with one of `cells` (all shops without), at a distance in (min, max]. */
export type SearchArea = { cells?: readonly string[]; minDistanceMetres?: number; maxDistanceMetres?: number };

/** One page of one search query: the SQL text and its parameters. */
export type SearchStatement = { text: string; params: unknown[] };

export type SearchStatementInput = {
  request: SearchRequest;
  matchers: readonly TermMatcher[];
  chainSchema: string;
  area: SearchArea;
  /** `score`: rule 5 (score, distance, id); `distance`: rule 6 for farther shops (distance, score, id). */
  order: "score" | "distance";
  limit: number;
  offset: number;
  /** Chain time (unix seconds) at which attested labels must still be valid. */
  now: bigint;
};

const GEOHASH_CELL = /^[0-9b-hjkmnp-z]{1,12}$/;
/** ts_rank weights for D, C, B, A: description 1, categories and labels 2, name or title 3 (rule 3), scaled to 1. */
const RANK_WEIGHTS = `'{0.1, 0.3333333333, 0.6666666667, 1.0}'`;
const S = DOCUMENTS_SCHEMA;

/**
 * Builds the search SQL. Candidates come from the geohash cells covering the area (an index range per cell, so the
 * cost follows the neighbourhood, not the country), joined with the shop's current metadata by CID; every query word
 * must match the shop's own text (its name only, for an inactive shop), or its own text and one offered item's
 * together, never words gathered from two items (rule 1); filters follow rule 2; the
 * score is text rank (shop + best offered item) × distance decay, rounded to 10 significant digits (rules 3–5).
 */
export function searchStatement(input: SearchStatementInput): SearchStatement {
  const { request, matchers, area, order } = input;
  const params: unknown[] = [];
  const p = (value: unknown, cast = "") => `$${params.push(value)}${cast}`;
  const chain = `"${input.chainSchema.replaceAll('"', '""')}"`;
  const hasText = matchers.length > 0;
  const near = request.near;

  const candidateWhere: string[] = [];
  if (area.cells !== undefined) {
    for (const cell of area.cells) if (!GEOHASH_CELL.test(cell)) throw new Error(`not a geohash cell: ${cell}`);
    candidateWhere.push(
      `(${area.cells.map((cell) => `(d.geohash >= '${cell}' AND d.geohash < '${cell}~')`).join(" OR ")})`,
    );
  }
  if (request.token !== undefined) candidateWhere.push(`${p(request.token)} = ANY(s.payment_tokens)`);
  if (request.attested !== undefined) {
    const { label, issuers } = request.attested;
    candidateWhere.push(`EXISTS (SELECT 1 FROM ${chain}.label_attestation a WHERE a.shop_id = s.id AND a.label = ${p(label)}
      AND NOT a.is_revoked AND (a.expires_at = 0 OR a.expires_at >= ${p(input.now.toString(), "::numeric")})
      ${
        issuers === undefined
          ? ""
          : `AND lower(a.issuer) = ANY(${p(
              issuers.map((issuer) => issuer.toLowerCase()),
              "::text[]",
            )})`
      })`);
  }
  const distance =
    near === undefined
      ? "NULL::double precision"
      : `2 * ${EARTH_RADIUS_METRES} * asin(least(1, sqrt(power(sin(radians(d.lat - ${p(near.lat, "::double precision")}) / 2), 2)
        + cos(radians(${p(near.lat, "::double precision")})) * cos(radians(d.lat)) * power(sin(radians(d.lon - ${p(near.lon, "::double precision")}) / 2), 2))))`;
  const areaWhere: string[] = [];
  if (area.maxDistanceMetres !== undefined)
    areaWhere.push(`distance <= ${p(area.maxDistanceMetres, "::double precision")}`);
  if (area.minDistanceMetres !== undefined)
    areaWhere.push(`distance > ${p(area.minDistanceMetres, "::double precision")}`);

  // Rule 2: what an offered item is under the filters (the shop's categories and labels count for its items).
  const delivers = "(c.own_delivery OR c.has_carrier)";
  const itemWhere = ["c.is_active"];
  if (!request.includeUnavailable) itemWhere.push("i.available");
  if (request.fulfilment === "pickup") itemWhere.push("c.pickup AND i.pickup");
  if (request.fulfilment === "delivery") itemWhere.push(`${delivers} AND i.delivery`);
  const categories = request.categories === undefined ? undefined : p(request.categories, "::text[]");
  const labels = request.labels === undefined ? undefined : p(request.labels, "::text[]");
  if (categories !== undefined) itemWhere.push(`(i.categories && ${categories} OR c.categories && ${categories})`);
  if (labels !== undefined) itemWhere.push(`(i.labels || c.labels) @> ${labels}`);
  const ownFilters: string[] = [];
  if (request.fulfilment === "pickup") ownFilters.push("c.pickup");
  if (request.fulfilment === "delivery") ownFilters.push(delivers);
  if (categories !== undefined) ownFilters.push(`c.categories && ${categories}`);
  if (labels !== undefined) ownFilters.push(`c.labels @> ${labels}`);
  const passesOwnFilters = ownFilters.length === 0 ? "TRUE" : ownFilters.join(" AND ");
  const hasOfferedItem = `EXISTS (SELECT 1 FROM ${S}.catalog_item i WHERE i.cid = c.catalog_cid AND ${itemWhere.join(" AND ")})`;

  const shopText = "CASE WHEN c.is_active THEN c.tsv ELSE c.name_tsv END";
  const anyTerm = hasText ? p(matchers.map((matcher) => `(${matcher.tsquery})`).join(" | ")) : undefined;
  const anyQuery = `to_tsquery('simple', ${anyTerm})`;
  // Only shops with a word of the query in their own text (their name included) or their catalog can match: within
  // cells, checked row by row on the one-row-per-document `tsv`s; over the whole index, through their GIN indexes.
  if (hasText) {
    candidateWhere.push(
      area.cells === undefined
        ? `(d.cid IN (SELECT cid FROM ${S}.shop_document WHERE tsv @@ ${anyQuery}) OR s.catalog_cid IN (SELECT cid FROM ${S}.catalog_words WHERE tsv @@ ${anyQuery}))`
        : `(d.tsv @@ ${anyQuery} OR w.tsv @@ ${anyQuery})`,
    );
  }
  // Rule 1: every word in the shop's own text, or in its own text and one offered item's together.
  const termQueries = matchers.map((matcher) => `to_tsquery('simple', ${p(matcher.tsquery)})`);
  const shopHasEveryTerm = termQueries.map((query) => `${shopText} @@ ${query}`).join(" AND ");
  const itemCompletesShop = termQueries.map((query) => `(c.tsv @@ ${query} OR i.tsv @@ ${query})`).join(" AND ");
  const matchWhere = hasText ? [`((${shopHasEveryTerm}) OR hits.best_item IS NOT NULL)`] : ["c.is_active"];
  // Rule 2 with text: an offered item that matched already passes; otherwise the shop's own attributes or any offered item.
  const filterWhere = hasText
    ? `(hits.best_item IS NOT NULL OR ${passesOwnFilters} OR ${hasOfferedItem})`
    : `(${passesOwnFilters} OR ${hasOfferedItem})`;
  const hits = hasText
    ? "LEFT JOIN hits ON hits.id = c.id"
    : "LEFT JOIN (SELECT NULL::numeric AS id, NULL::real AS best_item, NULL::text[] AS item_ids) AS hits ON FALSE";
  const relevance = hasText
    ? `(ts_rank(${RANK_WEIGHTS}, ${shopText}, ${anyQuery}) + coalesce(hits.best_item, 0))::double precision`
    : "1::double precision";
  const decayed =
    near === undefined
      ? "relevance"
      : `relevance * power(0.5::double precision, least(distance / greatest(${p(request.radiusMetres, "::double precision")} / 2, 1), 1000))`;
  const orderBy =
    order === "score" ? "score DESC, distance ASC NULLS LAST, id ASC" : "distance ASC, score DESC, id ASC";

  const text = `
    WITH candidate AS (
      SELECT s.id, s.metadata_cid, s.catalog_cid, s.is_active, s.has_carrier, w.tsv AS catalog_tsv,
             d.tsv, d.name_tsv, d.categories, d.labels, d.pickup, d.own_delivery, ${distance} AS distance
      FROM ${S}.shop_document d
      -- OFFSET 0 keeps this a per-document index look-up: a hash join would read the whole country's shop table.
      CROSS JOIN LATERAL (SELECT * FROM ${chain}.shop WHERE metadata_cid = d.cid OFFSET 0) AS s
      LEFT JOIN ${S}.catalog_words w ON w.cid = s.catalog_cid
      ${candidateWhere.length === 0 ? "" : `WHERE ${candidateWhere.join(" AND ")}`}
    ), c AS (
      SELECT * FROM candidate ${areaWhere.length === 0 ? "" : `WHERE ${areaWhere.join(" AND ")}`}
    ), offered AS (
      -- Offered items that match: each holds, with its shop's own text, every word of the query (rule 1).
      SELECT c.id, i.item_id, i.tsv, ${hasText ? `ts_rank(${RANK_WEIGHTS}, i.tsv, ${anyQuery})` : "0::real"} AS rank
      FROM c JOIN ${S}.catalog_item i ON i.cid = c.catalog_cid
      WHERE ${[...(hasText ? [`c.catalog_tsv @@ ${anyQuery}`] : ["FALSE"]), ...itemWhere, ...(hasText ? [`i.tsv @@ ${anyQuery}`, `(${itemCompletesShop})`] : [])].join(" AND ")}
    ), hits AS (
      SELECT id, max(rank) AS best_item, array_agg(item_id ORDER BY rank DESC, item_id) AS item_ids FROM offered GROUP BY id
    ), matched AS (
      SELECT c.id, c.metadata_cid, c.catalog_cid, c.is_active, c.distance, hits.item_ids, ${relevance} AS relevance
      FROM c ${hits}
      WHERE ${[...matchWhere, filterWhere].join(" AND ")}
    ), scored AS (
      SELECT *, ${decayed} AS raw_score FROM matched
    ), ranked AS (
      SELECT *, CASE WHEN raw_score > 0 THEN round(raw_score::numeric, 9 - floor(log(raw_score::numeric))::int)::double precision ELSE 0 END AS score
      FROM scored
    )
    SELECT id::text AS shop_id, metadata_cid, catalog_cid, is_active, distance, item_ids, score
    FROM ranked ORDER BY ${orderBy}
    LIMIT ${p(input.limit, "::int")} OFFSET ${p(input.offset, "::int")}`;
  return { text, params };
}
