import type { CatalogItem, IndexedShop, LatLon, ShopSearchQuery, ShopSearchResult } from "@grandrue/sdk";
import type { FindParams } from "./findParams.ts";

/** One shop found, as the indexer returns it: the search result and the whole indexed shop. */
export type FindResult = ShopSearchResult & { indexed: IndexedShop };

/** Categories and labels found among results, to filter them by. */
export type Facets = { categories: string[]; labels: string[] };

/**
 * The search engine's query for the find page's parameters around `place` (no place: no distance).
 * @example searchQueryFor({ need: "pain", fulfilment: "pickup" }, { lat: 47.716, lon: 2.441 })
 */
export function searchQueryFor(params: FindParams, place: LatLon | undefined): ShopSearchQuery {
  return {
    ...(params.need !== "" && { text: params.need }),
    ...(place !== undefined && { near: { lat: place.lat, lon: place.lon } }),
    ...(params.category !== undefined && { categories: [params.category] }),
    ...(params.label !== undefined && { labels: [params.label] }),
    ...(params.fulfilment !== undefined && { fulfilment: params.fulfilment }),
  };
}

/** Whether the find page's parameters narrow the results (category, label or fulfilment). */
export function hasFilters(params: FindParams): boolean {
  return params.category !== undefined || params.label !== undefined || params.fulfilment !== undefined;
}

/** The filters chosen, as facets that stay offered whatever the results (so a filter can always be undone). */
export function selectedFacets(params: FindParams): Facets {
  return {
    categories: params.category === undefined ? [] : [params.category],
    labels: params.label === undefined ? [] : [params.label],
  };
}

/** Results nearest first (shops without a distance last), keeping the engine's order between equals. */
export function nearestFirst(results: readonly FindResult[]): FindResult[] {
  return [...results].sort(
    (a, b) => (a.distanceMetres ?? Number.POSITIVE_INFINITY) - (b.distanceMetres ?? Number.POSITIVE_INFINITY),
  );
}

/** The catalog items behind a result's matched item ids, best match first (ids no longer in the catalog are skipped). */
export function matchedItemsOf(result: FindResult): CatalogItem[] {
  const items = result.indexed.catalog?.items ?? [];
  return result.matchedItems.flatMap(({ id }) => items.filter((item) => item.id === id));
}

/**
 * The categories and labels of the shops found and of their matched items, each once, sorted; `selected` values
 * stay in so a chosen filter can always be seen and undone.
 */
export function facetsOf(results: readonly FindResult[], selected: Partial<Facets> = {}): Facets {
  const categories = new Set(selected.categories);
  const labels = new Set(selected.labels);
  for (const result of results) {
    for (const category of result.shop.categories) categories.add(category);
    for (const label of result.shop.labels) labels.add(label);
    for (const item of matchedItemsOf(result)) {
      for (const category of item.categories) categories.add(category);
      for (const label of item.labels) labels.add(label);
    }
  }
  return { categories: [...categories].sort(), labels: [...labels].sort() };
}

/**
 * True when no shop's documents could be read at all although some were published: the IPFS gateways are out of
 * reach (one unreadable shop is that shop's problem, shown on its card).
 */
export function isGatewayUnreachable(shops: Iterable<IndexedShop>): boolean {
  let published = 0;
  for (const shop of shops) {
    if (shop.metadataCid === undefined) continue;
    published++;
    const isUnread =
      (shop.status === "metadata-missing" || shop.status === "catalog-missing") &&
      shop.statusReason?.startsWith("Could not read") === true;
    if (!isUnread) return false;
  }
  return published > 0;
}
