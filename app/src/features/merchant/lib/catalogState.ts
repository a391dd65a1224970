import type { IndexedShop } from "@grandrue/sdk";

/**
 * Whether a shop has never published a catalog: a new shop starts so. The shop index then lists it as
 * `catalog-missing`, but nothing is missing and nothing is wrong: there is just nothing published yet.
 */
export function isCatalogNeverPublished(shop: Pick<IndexedShop, "catalogCid">): boolean {
  return shop.catalogCid === undefined;
}
