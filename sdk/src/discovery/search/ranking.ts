/**
 * # How search results are ordered
 *
 * Ranking is neutral: it depends only on how well a shop's own text matches the query and
 * on how far the shop is. Nobody can pay for placement, and ratings, age, popularity or
 * stake never change the order. The rules below are exported verbatim as
 * {@link RANKING_RULES} for the README and for the app's "how results are ordered" page.
 *
 * 1. **Matching.** The query is lower-cased, stripped of accents and split into words; words
 *    joined by a hyphen are one word ("grille-pain" is a toaster, not bread); French and English
 *    stop words ({@link STOP_WORDS}) are dropped, and words beyond the 16th are ignored. Every
 *    remaining word must be found in the shop's own name, description, categories or labels, or
 *    in one offered item's title, description, categories or labels: words may be spread over the
 *    shop's own text and one item, never over two items. Words of 4 letters or more also match
 *    as a prefix ("fromag" → "fromage"); words of 5 letters or more also match with small typos:
 *    1 edit up to 7 letters, 2 edits from 8 letters.
 * 2. **Offered items** are available (unless `includeUnavailable`), offered by both the shop
 *    and the item for the requested fulfilment, and pass the category and label filters
 *    (the shop's categories and labels count for all its items).
 * 3. **Text relevance** is BM25+ as computed by MiniSearch: shop score + the best score of the
 *    offered items that match (rule 1), each multiplied by the number of query words it contains. Field weights: name or
 *    title ×3, categories and labels ×2, description ×1. An exact word weighs 1, a prefix
 *    match 0.375 and a typo match 0.45, both decreasing with the length of the difference.
 *    Without query text, relevance is 1 for every shop.
 * 4. **Distance.** With a location, score = relevance × 0.5^(distance ÷ half-distance), where
 *    half-distance = radius ÷ 2 (at least 1 m): a shop at the edge of the radius counts a
 *    quarter of one next door. Without a location, score = relevance.
 * 5. **Order.** Score descending, then distance ascending, then shopId ascending. Scores are
 *    rounded to 10 significant digits first, so the same shops and query always give the
 *    same order, whatever the order in which shops were added or updated.
 * 6. **Farther fallback.** When no listed shop (status `ok`, `catalog-missing` or
 *    `catalog-invalid`) matches within the radius, the nearest matching shops beyond it
 *    follow, flagged `isFarther`, ordered by distance, then score, then shopId.
 * 7. **Status.** Shops whose metadata is missing or invalid, or that are inactive, are found
 *    only when every query word matches their name, and carry `status` and `statusReason`.
 *    Shops without a location never appear in queries with `near`.
 * @module
 */

/** The ranking rules in plain words, for the README and the app. */
export const RANKING_RULES = `Grandrue search ranking is neutral: it depends only on how well a shop's own text matches the query and on how far the shop is. Nobody can pay for placement; ratings, age, popularity and stake never change the order.
1. Matching: the query is lower-cased, stripped of accents and split into words; words joined by a hyphen are one word ("grille-pain" is a toaster, not bread); French and English stop words (le, la, de, au, the, of…) are dropped and words beyond the 16th are ignored. Every remaining word must be found in the shop's own name, description, categories or labels, or in one offered item's title, description, categories or labels: words may be spread over the shop's own text and one item, never over two items. Words of 4 letters or more also match as a prefix ("fromag" finds "fromage"); words of 5 letters or more also match with small typos (1 edit up to 7 letters, 2 edits from 8 letters).
2. Offered items are available (unless unavailable items are requested), offered by both the shop and the item for the requested pickup or delivery, and pass the category and label filters (a shop's categories and labels count for all its items).
3. Text relevance is BM25+ (MiniSearch): the shop's own score plus the best score of its offered items that match, each multiplied by the number of query words it contains. Field weights: name or title x3, categories and labels x2, description x1. An exact word weighs 1, a prefix match 0.375 and a typo match 0.45, both decreasing with the length of the difference. Without query text, every shop has relevance 1.
4. Distance: with a location, score = relevance x 0.5^(distance / half-distance), where half-distance = radius / 2 (at least 1 m): a shop at the edge of the radius counts a quarter of one next door. Without a location, score = relevance.
5. Order: score descending, then distance ascending, then shop id ascending. Scores are rounded to 10 significant digits first, so the same shops and query always give the same order, whatever the order in which shops were added.
6. Farther fallback: when no listed shop (status ok, catalog-missing or catalog-invalid) matches within the radius, the nearest matching shops beyond it follow, marked as farther, ordered by distance, then score, then shop id.
7. Status: shops whose metadata is missing or invalid, or that are inactive, are found only when every query word matches their name, and show their status and its reason. Shops without a location never appear in searches around a location.`;

/** Field weights of the shop text index (rule 3). */
export const SHOP_FIELD_BOOSTS = { name: 3, tags: 2, description: 1 } as const;

/** Field weights of the item text index (rule 3). */
export const ITEM_FIELD_BOOSTS = { title: 3, tags: 2, description: 1 } as const;

/** Relative weights of prefix and typo matches; an exact match weighs 1 (rule 3). */
export const MATCH_WEIGHTS = { prefix: 0.375, fuzzy: 0.45 } as const;

/** Query words shorter than this match exactly only (rule 1). */
export const MIN_APPROXIMATE_TERM_LENGTH = 4;

/**
 * Query words shorter than this match no typo (rule 1): one edit in a 4-letter word makes another common word too
 * often ("pain" and "main", "miel" and "ciel").
 */
export const MIN_TYPO_TERM_LENGTH = 5;

/** Query words beyond this count are ignored (rule 1). */
export const MAX_QUERY_TERMS = 16;

/** Whether a query word may match as a prefix (rule 1). */
export function allowsPrefix(term: string): boolean {
  return term.length >= MIN_APPROXIMATE_TERM_LENGTH;
}

/** Maximum edit distance for a typo match of a query word, 0 for exact only (rule 1). */
export function maxTypos(term: string): number {
  if (term.length >= 8) return 2;
  return term.length >= MIN_TYPO_TERM_LENGTH ? 1 : 0;
}

/**
 * The distance at which a shop's score is halved (rule 4).
 * @example halfDistanceMetres(2_000) // 1000
 */
export function halfDistanceMetres(radiusMetres: number): number {
  return Math.max(radiusMetres / 2, 1);
}

/**
 * The factor in (0, 1] applied to relevance at `distanceMetres` (rule 4).
 * @example distanceDecay(1_000, 2_000) // 0.5
 */
export function distanceDecay(distanceMetres: number, radiusMetres: number): number {
  return 0.5 ** (distanceMetres / halfDistanceMetres(radiusMetres));
}

/**
 * Rounds a score to 10 significant digits so floating-point noise (summation order inside
 * the text index) cannot reorder results (rule 5).
 * @example roundScore(0.1 + 0.2) // 0.3
 */
export function roundScore(score: number): number {
  return Number(score.toPrecision(10));
}

type Rankable = { score: number; distanceMetres?: number; shop: { shopId: bigint } };

function compareShopIds(a: Rankable, b: Rankable): number {
  if (a.shop.shopId === b.shop.shopId) return 0;
  return a.shop.shopId < b.shop.shopId ? -1 : 1;
}

/** Sort order of results within the radius or without a location (rule 5). */
export function compareByScore(a: Rankable, b: Rankable): number {
  return b.score - a.score || (a.distanceMetres ?? 0) - (b.distanceMetres ?? 0) || compareShopIds(a, b);
}

/** Sort order of farther results (rule 6). */
export function compareByDistance(a: Rankable, b: Rankable): number {
  return (a.distanceMetres ?? 0) - (b.distanceMetres ?? 0) || b.score - a.score || compareShopIds(a, b);
}
