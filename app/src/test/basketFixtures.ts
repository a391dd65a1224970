import type { CarrierProfile, CatalogItem, IndexedShop } from "@grandrue/sdk";
import type { Address, Hex } from "viem";
import type { CarrierWithProfile } from "../market/index.ts";

/** Test data: two shops of a small town, a bike courier and a van, Léman and ETH (not used by the app itself). */
export const LEMAN: Address = "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707";
export const ETH: Address = "0x0000000000000000000000000000000000000000";
export const BIKES: Address = "0xdF3e18d64BC6A983f673Ab319CCaE4f1a57C7097";
export const VANS: Address = "0xcd3B766CCDd6AE721141F452C550Ca635964ce71";
const KEY: Hex = "0x8f40c5adb68f25624ae5b214ea767a6ec94d829d3d7b5e1ad1ba6f3e2138285f";

/** The market square; the shopper lives 278 m away. */
export const SQUARE = { lat: 47.71636, lon: 2.441802 };
export const HOME = { lat: 47.717619, lon: 2.44501, label: "6 rue des Écoles" };

function item(id: string, title: string, price: string, extra: Partial<CatalogItem> = {}): CatalogItem {
  return {
    id,
    title,
    description: "",
    images: [],
    price,
    variants: [],
    available: true,
    categories: [],
    labels: [],
    pickup: true,
    delivery: true,
    ...extra,
  };
}

function shop(shopId: bigint, name: string, items: CatalogItem[], extra: Partial<IndexedShop> = {}): IndexedShop {
  return {
    shopId,
    owner: BIKES,
    payout: BIKES,
    terms: { acceptHours: 24, shipHours: 24, deliveryHours: 24, returnHours: 168 },
    isActive: true,
    hook: ETH,
    metadataCid: "bafkreimetadata",
    catalogCid: "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
    payments: [
      { token: LEMAN, rate: 10n ** 18n },
      { token: ETH, rate: 10n ** 18n / 3000n },
    ],
    carriers: [BIKES],
    isAnyCarrierAccepted: false,
    arbitrators: [],
    isAnyArbitratorAccepted: false,
    rating: { count: 0, sum: 0 },
    registeredAtBlock: 1n,
    updatedAtBlock: 1n,
    status: "ok",
    metadata: {
      schema: "grandrue.shop/1",
      name,
      description: "",
      address: { street: "3 place du Marché", postcode: "45600", city: "Aubrelle-sur-Loire", country: "FR" },
      location: { ...SQUARE, geohash: "u03xq" },
      openingHours: [],
      categories: [],
      labels: [],
      priceUnit: "EUR",
      encryptionPublicKey: KEY,
      terms: {},
      fulfilment: { pickup: true, ownDelivery: false },
    },
    catalog: { schema: "grandrue.catalog/1", priceUnit: "EUR", updatedAt: "2026-11-01T08:00:00Z", items },
    ...extra,
  };
}

export const BAKERY = shop(1n, "Le Fournil de la Halle", [
  item("pain-au-levain", "Pain au levain", "3.20", {
    variants: [
      { id: "500g", label: "500 g", price: "3.20", available: true },
      { id: "1kg", label: "1 kg", price: "5.90", available: true },
    ],
  }),
  item("croissant-beurre", "Croissant au beurre", "1.30"),
  item("galette-des-rois", "Galette des rois", "24.00", { available: false }),
  item("tarte-fine-poires", "Tarte fine aux poires", "16.00", { delivery: false }),
]);

export const BOOKSHOP = shop(3n, "Librairie Les Mots Passants", [item("grand-meaulnes", "Le Grand Meaulnes", "5.10")], {
  carriers: [BIKES, VANS],
});

function profile(name: string, fees: CarrierProfile["fees"], geohashes: string[]): CarrierProfile {
  return {
    schema: "grandrue.carrier/1",
    name,
    description: "",
    serviceArea: { geohashes, postcodes: [] },
    fees,
    priceUnit: "EUR",
    encryptionPublicKey: KEY,
    sustainability: "Zéro émission à l'usage.",
    vehicle: "cargo-bike",
  };
}

export const BIKE_PROFILE = profile(
  "Les Biclous",
  [
    { label: "Centre-ville, moins de 1,5 km", maxDistanceKm: 1.5, price: "3.50" },
    { label: "Jusqu'à 5 km", maxDistanceKm: 5, price: "5.90" },
    { label: "Au-delà de 5 km", price: "8.50" },
  ],
  ["u03xq", "u03xr", "u03xw", "u03xx"],
);
export const VAN_PROFILE = profile(
  "Les Navettes du Val",
  [
    { label: "Jusqu'à 10 km", maxDistanceKm: 10, price: "6.90" },
    { label: "Jusqu'à 25 km", maxDistanceKm: 25, price: "9.90" },
  ],
  ["u03q", "u03r", "u03w", "u03x"],
);

export const CARRIERS: ReadonlyMap<Address, CarrierWithProfile> = new Map([
  [
    BIKES,
    { carrier: BIKES, profileCid: "bafkreibikes", registeredAt: 0, updatedAt: 0, history: [], profile: BIKE_PROFILE },
  ],
  [
    VANS,
    { carrier: VANS, profileCid: "bafkreivans", registeredAt: 0, updatedAt: 0, history: [], profile: VAN_PROFILE },
  ],
]);
