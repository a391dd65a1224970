import {
  type Catalog,
  encodeGeohash,
  keepMeaningfulTerm,
  normaliseTag,
  type ShopMetadata,
  tokenize,
} from "@grandrue/sdk";

/**
 * The meaningful folded words of `texts`, space-separated: the SDK's own folding and stop words, so the indexer
 * matches exactly the words the browser's search index holds.
 * @example searchWords("Pain d'Épices", 'au levain') // "pain epices levain"
 */
export function searchWords(...texts: readonly string[]): string {
  return texts.flatMap((text) => tokenize(text).filter((word) => keepMeaningfulTerm(word) !== null)).join(" ");
}

/** Categories or labels in the search filters' comparable form (see the SDK's `normaliseTag`). */
export function searchTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normaliseTag).filter((tag) => tag !== ""))];
}

/**
 * The words of categories and labels: a slug's dashes separate words ("short-circuit" → short circuit), as the
 * browser's search index reads them, where a hyphen in prose joins one word ("grille-pain").
 */
export function tagSearchWords(...tagLists: readonly (readonly string[])[]): string {
  return searchWords(...tagLists.flat().map(normaliseTag));
}

/** What the search keeps of a shop's metadata document. */
export type ShopSearchRow = {
  nameWords: string;
  tagWords: string;
  descriptionWords: string;
  categories: string[];
  labels: string[];
  lat: number;
  lon: number;
  /** 9 characters from the coordinates, the precision the browser's point index uses. */
  geohash: string;
  pickup: boolean;
  ownDelivery: boolean;
};

/** The search row of a validated `grandrue.shop/1` document. */
export function shopSearchRow(metadata: ShopMetadata): ShopSearchRow {
  const { lat, lon } = metadata.location;
  return {
    nameWords: searchWords(metadata.name),
    tagWords: tagSearchWords(metadata.categories, metadata.labels),
    descriptionWords: searchWords(metadata.description),
    categories: searchTags(metadata.categories),
    labels: searchTags(metadata.labels),
    lat,
    lon,
    geohash: encodeGeohash({ lat, lon }, 9),
    pickup: metadata.fulfilment.pickup,
    ownDelivery: metadata.fulfilment.ownDelivery,
  };
}

/** What the search keeps of one catalog item. */
export type ItemSearchRow = {
  itemId: string;
  titleWords: string;
  tagWords: string;
  descriptionWords: string;
  categories: string[];
  labels: string[];
  available: boolean;
  pickup: boolean;
  delivery: boolean;
};

/** The search rows of a validated `grandrue.catalog/1` document, one per item. */
export function catalogSearchRows(catalog: Catalog): ItemSearchRow[] {
  return catalog.items.map((item) => ({
    itemId: item.id,
    titleWords: searchWords(item.title),
    tagWords: tagSearchWords(item.categories, item.labels),
    descriptionWords: searchWords(item.description),
    categories: searchTags(item.categories),
    labels: searchTags(item.labels),
    available: item.available,
    pickup: item.pickup,
    delivery: item.delivery,
  }));
}

/**
 * The distinct words of rows, for the typo vocabulary, sorted: concurrent transactions then lock the vocabulary's
 * keys in the same order and cannot deadlock.
 */
export function vocabularyOf(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((text) => text.split(" ")).filter((word) => word.length >= 2))].sort();
}
