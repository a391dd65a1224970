import { encodeGeohash, type LatLon } from "@grandrue/sdk";

/** Where the find page's indexer tests search from. */
export const TOWN: LatLon = { lat: 47.716, lon: 2.441 };

/** Three bakeries around {@link TOWN}, nearest first; the last one later reopens under a new name. */
export const BREAD_SHOPS = [
  { key: "near", name: "Le Fournil du Marché", point: TOWN, item: "Pain au levain" },
  { key: "south", name: "Boulangerie du Sud", point: { lat: 47.7133, lon: 2.441 }, item: "Pain de seigle" }, // 300 m
  { key: "moved", name: "Boulangerie des Halles", point: { lat: 47.722, lon: 2.441 }, item: "Pain aux noix" }, // 670 m
] as const;

/** A valid shop document at `point`. */
export function metadataAt(name: string, point: LatLon) {
  return {
    schema: "grandrue.shop/1",
    name,
    description: "Pain cuit chaque matin.",
    address: { street: "1 place du Marché", postcode: "45600", city: "Aubrelle-sur-Loire", country: "FR" },
    location: { ...point, geohash: encodeGeohash(point, 9) },
    openingHours: [],
    categories: ["bakery"],
    labels: [],
    priceUnit: "EUR",
    encryptionPublicKey: `0x${"ab".repeat(32)}`,
    terms: {},
    fulfilment: { pickup: true, ownDelivery: false },
  };
}

/** A valid catalog of one item, available for pickup. */
export function catalogOf(title: string) {
  return {
    schema: "grandrue.catalog/1",
    priceUnit: "EUR",
    updatedAt: "2026-11-01T08:00:00Z",
    items: [
      {
        id: title.toLowerCase().replaceAll(" ", "-"),
        title,
        description: "",
        images: [],
        price: "4.20",
        variants: [],
        available: true,
        categories: ["bread"],
        labels: [],
        pickup: true,
        delivery: false,
      },
    ],
  };
}
