import { acceptsToken, isItemOffered, type SearchFilters, shopPassesOwnFilters } from "./filters.ts";
import { distanceDecay, roundScore } from "./ranking.ts";
import type { ItemSearchRecord, ShopSearchRecord } from "./shop-records.ts";
import type { TextHit } from "./text-indexes.ts";
import type { MatchedItem, SearchableShop, ShopSearchResult } from "./types.ts";

/** A shop that matched the text and the filters, before distance is applied. */
export type Candidate = {
  record: ShopSearchRecord;
  /** Text relevance, 1 without query text (ranking rule 3). */
  relevance: number;
  /** Offered items that matched the text, unsorted. */
  itemHits: { item: ItemSearchRecord; hit: TextHit<number> }[];
};

/** A candidate placed relative to the query centre and scored, not yet turned into a result. */
export type RankedCandidate = {
  candidate: Candidate;
  shop: SearchableShop;
  distanceMetres: number | undefined;
  isFarther: boolean;
  score: number;
};

/**
 * True when the shop accepts the requested token and either its own attributes pass the
 * filters or it offers at least one item that does.
 * @param hasOfferedMatch Whether an offered item already matched the query text.
 */
export function passesFilters(record: ShopSearchRecord, filters: SearchFilters, hasOfferedMatch: boolean): boolean {
  if (!acceptsToken(record, filters)) return false;
  if (hasOfferedMatch || shopPassesOwnFilters(record, filters)) return true;
  return record.items.some((item) => isItemOffered(item, record, filters));
}

/** Scores a candidate at `distanceMetres` from the query centre (ranking rule 4). */
export function rankCandidate(
  candidate: Candidate,
  radiusMetres: number,
  distanceMetres: number | undefined,
  isFarther: boolean,
): RankedCandidate {
  const decay = distanceMetres === undefined ? 1 : distanceDecay(distanceMetres, radiusMetres);
  return {
    candidate,
    shop: candidate.record.shop,
    distanceMetres,
    isFarther,
    score: roundScore(candidate.relevance * decay),
  };
}

function compareMatchedItems(a: MatchedItem, b: MatchedItem): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The public result for a ranked candidate, with its matched items best first, ties by id. */
export function toSearchResult({
  candidate,
  shop,
  distanceMetres,
  isFarther,
  score,
}: RankedCandidate): ShopSearchResult {
  const matchedItems = candidate.itemHits
    .map(({ item, hit }) => ({ id: item.item.id, score: roundScore(hit.score) }))
    .sort(compareMatchedItems);
  return { shop, matchedItems, ...(distanceMetres !== undefined && { distanceMetres }), isFarther, score };
}
