import {
  CARRIER_SCHEMA_ID,
  CATALOG_SCHEMA_ID,
  type CarrierProfile,
  type Catalog,
  encodeGeohash,
  parseCarrierProfile,
  parseCatalog,
  parseShopMetadata,
  SHOP_SCHEMA_ID,
  type ShopMetadata,
} from "@grandrue/sdk";
import type { Hex } from "viem";
import { DEMO_CATALOGS } from "./catalogs.ts";
import type { DemoCarrier, DemoShop } from "./types.ts";

/** What the seed knows and the demo data does not: the owner's encryption key and the published logo. */
export type ShopDocumentInputs = { encryptionPublicKey: Hex; logoCid?: string };

/** When the catalog was published, and the CID of each item's published image, by item id. */
export type CatalogDocumentInputs = { updatedAt: string; imageCids: Readonly<Record<string, string>> };

/**
 * The validated `grandrue.shop/2` document of a demo shop, its geohash computed from its coordinates at the SDK's
 * default precision.
 * @throws DocumentValidationError if the result does not match the schema.
 * @example const metadata = toShopMetadata(fournilDeLaHalle, { encryptionPublicKey, logoCid })
 */
export function toShopMetadata(shop: DemoShop, { encryptionPublicKey, logoCid }: ShopDocumentInputs): ShopMetadata {
  const { key: _key, acceptance: _acceptance, windows: _windows, location, ...fields } = shop;
  return parseShopMetadata({
    schema: SHOP_SCHEMA_ID,
    ...fields,
    ...(logoCid !== undefined && { logo: logoCid }),
    location: { ...location, geohash: encodeGeohash(location) },
    encryptionPublicKey,
  });
}

/**
 * The validated `grandrue.catalog/2` document of a demo shop's items; an item without an image CID gets no image.
 * @throws DocumentValidationError if the result does not match the schema.
 */
export function toCatalog(shop: DemoShop, { updatedAt, imageCids }: CatalogDocumentInputs): Catalog {
  const items = DEMO_CATALOGS[shop.key].map(({ illustration: _illustration, ...item }) => {
    const image = imageCids[item.id];
    return { ...item, images: image === undefined ? [] : [image] };
  });
  return parseCatalog({ schema: CATALOG_SCHEMA_ID, priceUnit: shop.priceUnit, updatedAt, items });
}

/**
 * The validated `grandrue.carrier/1` document of a demo carrier.
 * @throws DocumentValidationError if the result does not match the schema.
 */
export function toCarrierProfile(
  carrier: DemoCarrier,
  { encryptionPublicKey }: { encryptionPublicKey: Hex },
): CarrierProfile {
  const { key: _key, ...fields } = carrier;
  return parseCarrierProfile({ schema: CARRIER_SCHEMA_ID, ...fields, encryptionPublicKey });
}
