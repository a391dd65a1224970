import type { CatalogTagNames, TagName } from "@grandrue/sdk";
import enMerchant from "./en/merchant.json" with { type: "json" };
import enShops from "./en/shops.json" with { type: "json" };
import frMerchant from "./fr/merchant.json" with { type: "json" };
import frShops from "./fr/shops.json" with { type: "json" };

type Names = Readonly<Record<string, string>>;

function tagNames(...lists: Names[]): TagName[] {
  return lists.flatMap((names) => Object.entries(names).map(([slug, name]) => ({ name, slug })));
}

/**
 * The words the app shows for categories, labels and units, in French and English: on shop pages first (what
 * customers read), then on the merchant's chips. A catalog spreadsheet may use them instead of slugs, in the app's
 * import and in `npm run cli -- catalog publish`.
 */
export const CATALOG_TAG_NAMES: CatalogTagNames = {
  categories: tagNames(
    frShops.categories,
    enShops.categories,
    frMerchant.suggestions.categories,
    enMerchant.suggestions.categories,
  ),
  labels: tagNames(frShops.labels, enShops.labels, frMerchant.suggestions.labels, enMerchant.suggestions.labels),
  units: tagNames(frShops.units, enShops.units, frMerchant.units, enMerchant.units),
};
