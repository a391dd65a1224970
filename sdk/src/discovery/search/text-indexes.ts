import MiniSearch, { type SearchOptions } from "minisearch";
import { allowsPrefix, ITEM_FIELD_BOOSTS, MATCH_WEIGHTS, maxTypos, SHOP_FIELD_BOOSTS } from "./ranking.ts";
import type { ItemDocument, ShopDocument } from "./shop-records.ts";
import { keepMeaningfulTerm, tokenize } from "./text-analysis.ts";

/** A text hit: the document key, its BM25 score and the query words it contains. */
export type TextHit<K> = { id: K; score: number; queryTerms: string[] };

/** Keeps only documents for which it returns true (called for every candidate posting). */
export type DocumentFilter<K> = (id: K) => boolean;

function createIndex<D>(fields: string[]): MiniSearch<D> {
  return new MiniSearch<D>({
    fields,
    tokenize,
    processTerm: keepMeaningfulTerm,
    // Documents are removed with remove(), never discard(), so no vacuuming is needed.
    autoVacuum: false,
  });
}

function searchOptions<K>(boost: Record<string, number>, accept: DocumentFilter<K> | undefined): SearchOptions {
  return {
    // The query is already analysed (folded, stop words dropped, deduplicated): pass terms through.
    tokenize: (query) => query.split(" "),
    processTerm: (term) => term,
    combineWith: "OR",
    prefix: allowsPrefix,
    fuzzy: (term) => maxTypos(term) || false,
    weights: MATCH_WEIGHTS,
    boost,
    ...(accept !== undefined && { boostDocument: (id: K) => (accept(id) ? 1 : 0) }),
  };
}

function run<K>(
  index: MiniSearch,
  terms: string[],
  boost: Record<string, number>,
  accept?: DocumentFilter<K>,
): TextHit<K>[] {
  return index.search(terms.join(" "), searchOptions(boost, accept)) as TextHit<K>[];
}

/**
 * The two full-text indexes behind {@link ShopSearchIndex}: one over shops (name,
 * description, categories + labels), one over items (title, description, categories + labels).
 * Splitting them keeps each item's relevance separate, so matched items can be listed
 * and only items that pass the filters count for their shop.
 */
export class TextIndexes {
  readonly #shops = createIndex<ShopDocument>(Object.keys(SHOP_FIELD_BOOSTS));
  readonly #items = createIndex<ItemDocument>(Object.keys(ITEM_FIELD_BOOSTS));

  add(shop: ShopDocument, items: readonly ItemDocument[]): void {
    this.#shops.add(shop);
    this.#items.addAll(items);
  }

  remove(shop: ShopDocument, items: readonly ItemDocument[]): void {
    this.#shops.remove(shop);
    this.#items.removeAll(items);
  }

  /** Shops whose text contains at least one of `terms`. */
  searchShops(terms: string[], accept?: DocumentFilter<bigint>): TextHit<bigint>[] {
    return run(this.#shops, terms, SHOP_FIELD_BOOSTS, accept);
  }

  /** Items whose text contains at least one of `terms`. */
  searchItems(terms: string[], accept?: DocumentFilter<number>): TextHit<number>[] {
    return run(this.#items, terms, ITEM_FIELD_BOOSTS, accept);
  }
}
