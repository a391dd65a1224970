import { tagWords } from "./text-analysis.ts";
import type { SearchableItem, SearchableShop, SearchFulfilment } from "./types.ts";

/**
 * A category or label in comparable form: folded words joined by one space, so
 * "Fruits & Légumes" and "fruits-legumes" are the same tag.
 * @example normaliseTag('Fruits & Légumes') // 'fruits legumes'
 */
export function normaliseTag(tag: string): string {
  return tagWords(tag).join(" ");
}

/** The query filters, normalised once per search. */
export type SearchFilters = {
  categories?: ReadonlySet<string>;
  labels?: readonly string[];
  fulfilment?: SearchFulfilment;
  token?: string;
  includeUnavailable: boolean;
};

/** What the filters need to know about a shop, precomputed when the shop is indexed. */
export type FilterableShop = {
  shop: SearchableShop;
  categories: readonly string[];
  labels: readonly string[];
  tokens: readonly string[];
};

/** What the filters need to know about an item, precomputed when the item is indexed. */
export type FilterableItem = {
  item: SearchableItem;
  categories: readonly string[];
  labels: readonly string[];
};

function hasAnyCategory(wanted: ReadonlySet<string>, ...owned: (readonly string[])[]): boolean {
  return owned.some((categories) => categories.some((category) => wanted.has(category)));
}

function hasAllLabels(wanted: readonly string[], ...owned: (readonly string[])[]): boolean {
  return wanted.every((label) => owned.some((labels) => labels.includes(label)));
}

/** True when the shop accepts the requested payment token (or none was requested). */
export function acceptsToken(shop: FilterableShop, filters: SearchFilters): boolean {
  return filters.token === undefined || shop.tokens.includes(filters.token);
}

/** True when the shop's own fulfilment, categories and labels pass the filters. */
export function shopPassesOwnFilters(shop: FilterableShop, filters: SearchFilters): boolean {
  if (filters.fulfilment !== undefined && !shop.shop[filters.fulfilment]) return false;
  if (filters.categories !== undefined && !hasAnyCategory(filters.categories, shop.categories)) return false;
  return filters.labels === undefined || hasAllLabels(filters.labels, shop.labels);
}

/**
 * True when the item is offered under the filters: available (unless unavailable items are
 * included), offered by both shop and item for the requested fulfilment, in one of the
 * requested categories and carrying every requested label (the shop's count for its items).
 */
export function isItemOffered(item: FilterableItem, shop: FilterableShop, filters: SearchFilters): boolean {
  if (!filters.includeUnavailable && !item.item.available) return false;
  if (filters.fulfilment !== undefined && !(shop.shop[filters.fulfilment] && item.item[filters.fulfilment]))
    return false;
  if (filters.categories !== undefined && !hasAnyCategory(filters.categories, item.categories, shop.categories))
    return false;
  return filters.labels === undefined || hasAllLabels(filters.labels, item.labels, shop.labels);
}
