import type { CarrierProfile, CatalogItem, LatLon, ShopMetadata } from "@grandrue/sdk";
import type { Illustration } from "./illustrations.ts";

/** The stable keys of the demo shops; the seed maps them to on-chain shop ids. */
export type DemoShopKey =
  | "fournil-de-la-halle"
  | "epicerie-la-musette"
  | "librairie-mots-passants"
  | "fromagerie-vallet"
  | "cave-du-quai"
  | "repair-cafe"
  | "cycles-girard"
  | "fleurs-de-lise"
  | "boucherie-perrin"
  | "quincaillerie-martin"
  | "brulerie-des-mariniers"
  | "ferme-des-noues";

/** The stable keys of the demo carriers; the seed maps them to their accounts (see `DEMO_PEOPLE`). */
export type DemoCarrierKey = "bike-courier" | "electric-van";

/** The stable keys of the demo label issuers; the seed maps them to their accounts (see `DEMO_PEOPLE`). */
export type DemoIssuerKey = "cooperative" | "val-bio" | "fait-main";

/** How a demo shop can be paid; the seed maps each to a token address and rate (see `payments.ts`). */
export type DemoPaymentKind = "local-currency" | "eth" | "eurc";

/**
 * A shop's service windows in hours, exactly as the registry's `ShopTerms` struct names them:
 * accept 24–72, ship 24–96, delivery 24–120, return 168–720 in the demo.
 */
export type DemoShopWindows = {
  acceptHours: number;
  shipHours: number;
  deliveryHours: number;
  returnHours: number;
};

/**
 * A demo shop: the `grandrue.shop/2` fields the demo can know, plus what the seed registers on chain.
 * Left to the seed: `logo` (the CID of `shopLogo(shop)` once published), `encryptionPublicKey` (derived from the
 * owner's wallet), the `schema` id and the `geohash` of `location` (`toShopMetadata` adds both).
 */
export type DemoShop = Omit<
  ShopMetadata,
  "schema" | "logo" | "encryptionPublicKey" | "location" | "website" | "phone"
> & {
  key: DemoShopKey;
  location: LatLon;
  /** What the shop accepts on chain; every demo shop also accepts the cooperative's mediator as arbitrator. */
  acceptance: { payments: DemoPaymentKind[]; carriers: DemoCarrierKey[] };
  windows: DemoShopWindows;
};

/**
 * A demo catalog item: the `grandrue.catalog/2` item without its image CIDs, which the seed gets by publishing
 * `itemImage(item)`; `illustration` chooses the drawing of that image.
 */
export type DemoCatalogItem = Omit<CatalogItem, "images"> & { illustration: Illustration };

/**
 * A demo carrier: the `grandrue.carrier/1` fields the demo can know. Left to the seed: `encryptionPublicKey`
 * (derived from the carrier's wallet) and the `schema` id (`toCarrierProfile` adds it).
 */
export type DemoCarrier = Omit<CarrierProfile, "schema" | "encryptionPublicKey" | "website"> & { key: DemoCarrierKey };
