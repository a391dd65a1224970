import type { SearchableShop } from "../search/types.ts";
import type { IndexedShop } from "./types.ts";

/** The search engine's projection of an indexed shop. */
export function toSearchableShop(shop: IndexedShop): SearchableShop {
  const { metadata, catalog } = shop;
  const hasCarrier = shop.carriers.length > 0 || shop.isAnyCarrierAccepted;
  return {
    shopId: shop.shopId,
    name: metadata?.name ?? `Shop #${shop.shopId}`,
    description: metadata?.description ?? "",
    categories: metadata?.categories ?? [],
    labels: metadata?.labels ?? [],
    location: metadata?.location,
    acceptedTokens: shop.payments.map((payment) => payment.token),
    pickup: metadata?.fulfilment.pickup ?? false,
    delivery: (metadata?.fulfilment.ownDelivery ?? false) || hasCarrier,
    rating:
      shop.rating.count === 0 ? undefined : { count: shop.rating.count, average: shop.rating.sum / shop.rating.count },
    status: shop.status,
    statusReason: shop.statusReason,
    items: (catalog?.items ?? []).map((item) => ({
      id: item.id,
      title: item.title,
      description: item.description,
      categories: item.categories,
      labels: item.labels,
      price: item.price,
      available: item.available,
      pickup: item.pickup,
      delivery: item.delivery && ((metadata?.fulfilment.ownDelivery ?? false) || hasCarrier),
    })),
  };
}
