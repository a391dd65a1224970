import type { LatLon } from "../geo/types.ts";
import { isValidLatLon } from "../geo/validate.ts";
import { type FilterableItem, type FilterableShop, normaliseTag } from "./filters.ts";
import type { SearchableItem, SearchableShop, ShopStatus } from "./types.ts";

/** Statuses of shops listed normally; the others are found by name only. */
export const LISTED_STATUSES: ReadonlySet<ShopStatus> = new Set(["ok", "catalog-missing", "catalog-invalid"]);

/** The document the shop text index stores; `tags` holds categories and labels. */
export type ShopDocument = { id: bigint; name: string; description: string; tags: string };

/** The document the item text index stores, keyed by an index-wide item number. */
export type ItemDocument = { id: number; title: string; description: string; tags: string };

/** A shop as held by the search index. Text documents are snapshots, so the index stays consistent even if the caller mutates its objects. */
export type ShopSearchRecord = FilterableShop & {
  isListed: boolean;
  /** Validated position, absent when the shop has no usable coordinates. */
  position?: LatLon;
  document: ShopDocument;
  items: ItemSearchRecord[];
};

/** An item as held by the search index. */
export type ItemSearchRecord = FilterableItem & { shop: ShopSearchRecord; document: ItemDocument };

function normaliseTags(tags: readonly string[]): string[] {
  return tags.map(normaliseTag).filter((tag) => tag.length > 0);
}

/** Categories and labels as words for the text index: a slug's dashes separate words ("short-circuit" → short circuit). */
function tagText(...tagLists: readonly string[][]): string {
  return tagLists.flat().map(normaliseTag).join("\n");
}

/**
 * Item tags not already carried by the shop. A shop's categories and labels count for all its
 * items, and a word found in them already covers the shop, so indexing them again on every
 * item would only multiply postings (and list every item as "matched" for a category query).
 */
function ownTags(tags: readonly string[], shopTags: ReadonlySet<string>): string[] {
  return tags.filter((tag) => !shopTags.has(normaliseTag(tag)));
}

function toItemSearchRecord(
  shop: ShopSearchRecord,
  shopTags: ReadonlySet<string>,
  item: SearchableItem,
  key: number,
): ItemSearchRecord {
  return {
    item,
    shop,
    categories: normaliseTags(item.categories),
    labels: normaliseTags(item.labels),
    document: {
      id: key,
      title: item.title,
      description: item.description,
      tags: tagText(ownTags(item.categories, shopTags), ownTags(item.labels, shopTags)),
    },
  };
}

/**
 * Builds the record of a shop. Shops that are not listed (metadata missing or invalid,
 * inactive) keep only their name as text and no items, so they are found by name only.
 * Coordinates that are not finite or out of range count as no location.
 * @param nextItemKey Returns a fresh index-wide key for each item.
 */
export function toShopSearchRecord(shop: SearchableShop, nextItemKey: () => number): ShopSearchRecord {
  const isListed = LISTED_STATUSES.has(shop.status);
  const location = shop.location;
  const record: ShopSearchRecord = {
    shop,
    isListed,
    ...(location !== undefined && isValidLatLon(location) && { position: { lat: location.lat, lon: location.lon } }),
    categories: normaliseTags(shop.categories),
    labels: normaliseTags(shop.labels),
    tokens: shop.acceptedTokens.map((token) => token.toLowerCase()),
    document: isListed
      ? { id: shop.shopId, name: shop.name, description: shop.description, tags: tagText(shop.categories, shop.labels) }
      : { id: shop.shopId, name: shop.name, description: "", tags: "" },
    items: [],
  };
  if (isListed) {
    const shopTags = new Set([...record.categories, ...record.labels]);
    record.items = shop.items.map((item) => toItemSearchRecord(record, shopTags, item, nextItemKey()));
  }
  return record;
}
