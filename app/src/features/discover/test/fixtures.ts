import { type IndexedShopOverrides, indexedShop } from "../../../test/shopFixtures.ts";
import type { FindResult } from "../results/findResults.ts";

/** Made-up search results for the find page's tests, around the shops of `app/src/test/shopFixtures.ts`. */
export type FindResultOptions = IndexedShopOverrides & {
  distanceMetres?: number;
  isFarther?: boolean;
  matched?: string[];
};

export function findResult({
  distanceMetres,
  isFarther = false,
  matched = [],
  ...shop
}: FindResultOptions = {}): FindResult {
  const indexed = indexedShop(shop);
  const { metadata } = indexed;
  return {
    shop: {
      shopId: indexed.shopId,
      name: metadata?.name ?? `Shop #${indexed.shopId}`,
      description: metadata?.description ?? "",
      categories: metadata?.categories ?? [],
      labels: metadata?.labels ?? [],
      ...(metadata !== undefined && { location: metadata.location }),
      acceptedTokens: indexed.payments.map((payment) => payment.token),
      pickup: metadata?.fulfilment.pickup ?? false,
      delivery: false,
      status: indexed.status,
      ...(indexed.statusReason !== undefined && { statusReason: indexed.statusReason }),
      items: [],
    },
    matchedItems: matched.map((id) => ({ id, score: 1 })),
    ...(distanceMetres !== undefined && { distanceMetres }),
    isFarther,
    score: 1,
    indexed,
  };
}
