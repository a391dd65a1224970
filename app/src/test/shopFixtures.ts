import { type Catalog, type IndexedShop, NATIVE_TOKEN, type ShopMetadata, type ShopStatus } from "@grandrue/sdk";

/** Made-up shops for tests: a bakery open day and night by default, paid in ETH. */
export const TEST_LOCATION = { lat: 47.71636, lon: 2.441802, geohash: "u09b5m3ke" };

export function shopMetadata(name = "Le Fournil de la Halle"): ShopMetadata {
  return {
    schema: "grandrue.shop/1",
    name,
    description: "Boulangerie au levain.",
    address: { street: "3 place du Marché", postcode: "45600", city: "Aubrelle-sur-Loire", country: "FR" },
    location: TEST_LOCATION,
    openingHours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, opens: "00:00", closes: "24:00" })),
    categories: ["bakery"],
    labels: ["short-circuit"],
    priceUnit: "EUR",
    encryptionPublicKey: `0x${"11".repeat(32)}`,
    terms: {},
    fulfilment: { pickup: true, ownDelivery: false },
  };
}

export const TEST_CATALOG: Catalog = {
  schema: "grandrue.catalog/1",
  priceUnit: "EUR",
  updatedAt: "2026-01-05T09:00:00Z",
  items: [
    {
      id: "pain-au-levain",
      title: "Pain au levain",
      description: "",
      images: [],
      price: "3.20",
      variants: [],
      available: true,
      categories: ["bread"],
      labels: ["organic"],
      pickup: true,
      delivery: true,
    },
    {
      id: "baguette",
      title: "Baguette de tradition",
      description: "",
      images: [],
      price: "1.30",
      variants: [],
      available: true,
      categories: ["bread"],
      labels: [],
      pickup: true,
      delivery: true,
    },
  ],
};

export type IndexedShopOverrides = Partial<
  Pick<IndexedShop, "shopId" | "statusReason" | "metadata" | "catalog" | "catalogCid">
> & {
  status?: ShopStatus;
  name?: string;
};

export function indexedShop({
  shopId = 1n,
  status = "ok",
  name,
  ...overrides
}: IndexedShopOverrides = {}): IndexedShop {
  const hasMetadata = status !== "metadata-missing" && status !== "metadata-invalid";
  const hasCatalog = hasMetadata && status !== "catalog-missing" && status !== "catalog-invalid";
  return {
    shopId,
    owner: "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
    payout: "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
    terms: { acceptHours: 24, shipHours: 24, deliveryHours: 24, returnHours: 168 },
    isActive: status !== "inactive",
    hook: NATIVE_TOKEN,
    metadataCid: "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
    payments: [{ token: NATIVE_TOKEN, rate: 10n ** 18n / 3000n }],
    carriers: [],
    isAnyCarrierAccepted: false,
    arbitrators: [],
    isAnyArbitratorAccepted: false,
    rating: { count: 0, sum: 0 },
    registeredAtBlock: 7n,
    updatedAtBlock: 7n,
    ...(hasMetadata && { metadata: shopMetadata(name) }),
    ...(hasCatalog && { catalog: TEST_CATALOG }),
    status,
    ...overrides,
  };
}
