import { GeoPointIndex } from "../geo/geo-point-index.ts";
import type { LatLon } from "../geo/types.ts";
import { type Candidate, passesFilters, type RankedCandidate, rankCandidate, toSearchResult } from "./candidates.ts";
import { DuplicateShopError } from "./errors.ts";
import type { SearchFilters } from "./filters.ts";
import { matchText, type TextMatchSource } from "./match-text.ts";
import { compareByDistance, compareByScore } from "./ranking.ts";
import { planSearch, type SearchPlan } from "./search-plan.ts";
import { type ItemSearchRecord, type ShopSearchRecord, toShopSearchRecord } from "./shop-records.ts";
import { TextIndexes } from "./text-indexes.ts";
import type { SearchableShop, ShopSearchQuery, ShopSearchResult } from "./types.ts";

/**
 * "Who near me sells X": an in-memory, incrementally updated search engine over shops and
 * their catalog items. Full text (MiniSearch, accent- and case-insensitive, prefix and small
 * typos), filters, and a geohash neighbourhood lookup refined by exact distance, ranked by
 * the neutral rules in {@link RANKING_RULES}. Runs in the browser and in Node.
 *
 * The discovery indexer feeds it: `add` when shops are first loaded, `update` when a shop's
 * events or documents change, `remove` when a shop disappears.
 * @example
 * const index = new ShopSearchIndex(shops)
 * const results = index.search({ text: 'pain au levain', near: { lat: 45.764, lon: 4.8357 } })
 * if (results[0]?.isFarther) console.log('Nothing near you; these are farther.')
 */
export class ShopSearchIndex {
  readonly #shops = new Map<bigint, ShopSearchRecord>();
  readonly #items = new Map<number, ItemSearchRecord>();
  readonly #positions = new GeoPointIndex<bigint>();
  readonly #text = new TextIndexes();
  readonly #textSource: TextMatchSource = {
    text: this.#text,
    shopOf: (shopId) => this.#shops.get(shopId)!,
    itemOf: (key) => this.#items.get(key)!,
  };
  #nextItemKey = 0;

  /** Creates an index holding `shops` (see {@link ShopSearchIndex.add}). */
  constructor(shops: Iterable<SearchableShop> = []) {
    this.add(shops);
  }

  /** Number of shops in the index, whatever their status. */
  get size(): number {
    return this.#shops.size;
  }

  /** True when a shop with this id is indexed. */
  has(shopId: bigint): boolean {
    return this.#shops.has(shopId);
  }

  /**
   * Adds shops that are not indexed yet. Nothing is added when any id is already indexed or
   * repeated in `shops`.
   * @throws {DuplicateShopError} when a shop id is already indexed or repeated.
   */
  add(shops: Iterable<SearchableShop>): void {
    const batch = [...shops];
    const seen = new Set<bigint>();
    for (const { shopId } of batch) {
      if (this.#shops.has(shopId) || seen.has(shopId)) throw new DuplicateShopError(shopId);
      seen.add(shopId);
    }
    for (const shop of batch) this.#insert(shop);
  }

  /** Replaces the indexed shop with the same id, or adds it when it is not indexed. */
  update(shop: SearchableShop): void {
    this.remove(shop.shopId);
    this.#insert(shop);
  }

  /** Removes a shop and its items; returns false when the shop was not indexed. */
  remove(shopId: bigint): boolean {
    const record = this.#shops.get(shopId);
    if (record === undefined) return false;
    this.#text.remove(
      record.document,
      record.items.map((item) => item.document),
    );
    for (const item of record.items) this.#items.delete(item.document.id);
    this.#positions.delete(shopId);
    this.#shops.delete(shopId);
    return true;
  }

  /**
   * Finds shops by text, location and filters, ranked by {@link RANKING_RULES}.
   *
   * - With `text`, every meaningful word must match the shop or one of its offered items.
   * - With `near`, only shops within `radiusMetres` (default 2 000) come back; when none of
   *   them is listed, the nearest matching shops beyond the radius follow with `isFarther: true`.
   *   Shops without a location never appear.
   * - Shops with broken metadata or inactive are returned only when the text matches their
   *   name, with their `status` and `statusReason`.
   * @throws {InvalidSearchQueryError} when `near`, `radiusMetres` or `limit` is out of range.
   * @example index.search({ text: 'vélo', near: { lat: 45.76, lon: 4.84 }, fulfilment: 'delivery', limit: 10 })
   */
  search(query: ShopSearchQuery = {}): ShopSearchResult[] {
    const plan = planSearch(query);
    const { near, radiusMetres, limit } = plan;
    if (near === undefined) {
      const candidates =
        plan.terms.length > 0 ? matchText(this.#textSource, plan) : this.#browse(this.#shops.values(), plan.filters);
      return candidates
        .map((candidate) => rankCandidate(candidate, radiusMetres, undefined, false))
        .sort(compareByScore)
        .slice(0, limit)
        .map(toSearchResult);
    }

    const inRadius = new Map<ShopSearchRecord, number>();
    for (const { key, distanceMetres } of this.#positions.within(near, radiusMetres))
      inRadius.set(this.#shops.get(key)!, distanceMetres);
    const nearby = (
      plan.terms.length > 0
        ? matchText(this.#textSource, plan, (record) => inRadius.has(record))
        : this.#browse(inRadius.keys(), plan.filters)
    )
      .map((candidate) => rankCandidate(candidate, radiusMetres, inRadius.get(candidate.record), false))
      .sort(compareByScore)
      .slice(0, limit);
    if (nearby.some(({ candidate }) => candidate.record.isListed)) return nearby.map(toSearchResult);

    const farther =
      plan.terms.length > 0
        ? this.#fartherTextMatches(plan, near, inRadius)
        : this.#fartherBrowse(plan, near, inRadius);
    return [...nearby, ...farther].slice(0, limit).map(toSearchResult);
  }

  #insert(shop: SearchableShop): void {
    const record = toShopSearchRecord(shop, () => this.#nextItemKey++);
    this.#text.add(
      record.document,
      record.items.map((item) => item.document),
    );
    for (const item of record.items) this.#items.set(item.document.id, item);
    if (record.position !== undefined) this.#positions.set(shop.shopId, record.position);
    this.#shops.set(shop.shopId, record);
  }

  /** Listed shops among `records` that pass the filters, each with relevance 1 (no text). */
  #browse(records: Iterable<ShopSearchRecord>, filters: SearchFilters): Candidate[] {
    const candidates: Candidate[] = [];
    for (const record of records) {
      if (record.isListed && passesFilters(record, filters, false))
        candidates.push({ record, relevance: 1, itemHits: [] });
    }
    return candidates;
  }

  /** Text matches beyond the radius, nearest first (ranking rule 6). */
  #fartherTextMatches(
    plan: SearchPlan,
    near: LatLon,
    inRadius: ReadonlyMap<ShopSearchRecord, number>,
  ): RankedCandidate[] {
    const isFarther = (record: ShopSearchRecord) => record.position !== undefined && !inRadius.has(record);
    return matchText(this.#textSource, plan, isFarther)
      .map((candidate) =>
        rankCandidate(
          candidate,
          plan.radiusMetres,
          this.#positions.distanceFrom(candidate.record.shop.shopId, near),
          true,
        ),
      )
      .sort(compareByDistance);
  }

  /** Listed shops beyond the radius that pass the filters, nearest first, at most `limit`. */
  #fartherBrowse(plan: SearchPlan, near: LatLon, inRadius: ReadonlyMap<ShopSearchRecord, number>): RankedCandidate[] {
    const farther: RankedCandidate[] = [];
    for (const { key, distanceMetres } of this.#positions.byDistance(near)) {
      if (farther.length === plan.limit) break;
      const record = this.#shops.get(key)!;
      if (inRadius.has(record)) continue;
      for (const candidate of this.#browse([record], plan.filters))
        farther.push(rankCandidate(candidate, plan.radiusMetres, distanceMetres, true));
    }
    return farther;
  }
}
