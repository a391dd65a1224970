import { z } from "zod";
import { flag, schemaId, whenFieldsAreValid } from "./fields/basics.ts";
import { cid, duplicateIndexes, itemId, slug, slugList } from "./fields/identifiers.ts";
import { checkPricePrecision, currencyCode, type PricedField, price } from "./fields/money.ts";
import { multilineText, singleLineText } from "./fields/text.ts";
import { isoDateTime } from "./fields/time.ts";
import {
  MAX_CATALOG_ITEMS,
  MAX_CATEGORIES,
  MAX_ITEM_DESCRIPTION_LENGTH,
  MAX_ITEM_IMAGES,
  MAX_ITEM_TITLE_LENGTH,
  MAX_ITEM_VARIANTS,
  MAX_LABELS,
  MAX_UNIT_LENGTH,
  MAX_VARIANT_LABEL_LENGTH,
} from "./limits.ts";
import { parseVersionedDocument } from "./parse.ts";

export const CATALOG_SCHEMA_ID = "grandrue.catalog/1";

/** A variant of an item (size, colour…); its `price`, when present, replaces the item's. */
export const catalogVariantSchema = z.strictObject({
  id: itemId,
  label: singleLineText({ min: 1, max: MAX_VARIANT_LABEL_LENGTH }),
  price: price.optional(),
  available: flag,
});

/** One item for sale. `id` is stable across catalog versions, so orders and carts can refer to it. */
export const catalogItemSchema = z
  .strictObject({
    id: itemId,
    title: singleLineText({ min: 1, max: MAX_ITEM_TITLE_LENGTH }),
    description: multilineText({ max: MAX_ITEM_DESCRIPTION_LENGTH }),
    images: z
      .array(cid, { error: "must be a list" })
      .max(MAX_ITEM_IMAGES, { error: `must have at most ${MAX_ITEM_IMAGES} images` }),
    price,
    variants: z
      .array(catalogVariantSchema, { error: "must be a list" })
      .max(MAX_ITEM_VARIANTS, { error: `must have at most ${MAX_ITEM_VARIANTS} variants` }),
    available: flag,
    categories: slugList(MAX_CATEGORIES),
    labels: slugList(MAX_LABELS),
    pickup: flag,
    delivery: flag,
    /** What one unit is, as a slug the app translates: `kg`, `piece`, `bunch`. */
    unit: slug(MAX_UNIT_LENGTH).optional(),
  })
  .superRefine((item, context) => {
    for (const index of duplicateIndexes(item.variants.map((variant) => variant.id))) {
      context.addIssue({
        code: "custom",
        path: ["variants", index, "id"],
        message: `repeats variant id "${item.variants[index]?.id}"`,
      });
    }
  }, whenFieldsAreValid);

/** `grandrue.catalog/1`: a shop's items, published on IPFS and referenced by the ShopRegistry. */
export const catalogSchema = z
  .strictObject({
    schema: schemaId(CATALOG_SCHEMA_ID),
    priceUnit: currencyCode,
    updatedAt: isoDateTime,
    items: z
      .array(catalogItemSchema, { error: "must be a list" })
      .max(MAX_CATALOG_ITEMS, { error: `must have at most ${MAX_CATALOG_ITEMS} items` }),
  })
  .superRefine((catalog, context) => {
    for (const index of duplicateIndexes(catalog.items.map((item) => item.id))) {
      context.addIssue({
        code: "custom",
        path: ["items", index, "id"],
        message: `repeats item id "${catalog.items[index]?.id}"`,
      });
    }
    checkPricePrecision(context, catalog.priceUnit, catalogPrices(catalog.items));
  }, whenFieldsAreValid);

export type Catalog = z.output<typeof catalogSchema>;
export type CatalogItem = z.output<typeof catalogItemSchema>;
export type CatalogVariant = z.output<typeof catalogVariantSchema>;

/**
 * Validates a `grandrue.catalog/1` document.
 * @throws DocumentValidationError naming each invalid field.
 * @example const catalog = parseCatalog(JSON.parse(text)); catalog.items[0]?.price // "3.20"
 */
export function parseCatalog(json: unknown): Catalog {
  return parseVersionedDocument(CATALOG_SCHEMA_ID, catalogSchema, json);
}

function catalogPrices(items: readonly CatalogItem[]): PricedField[] {
  return items.flatMap((item, itemIndex) => [
    { path: ["items", itemIndex, "price"], price: item.price },
    ...item.variants.flatMap((variant, variantIndex) =>
      variant.price === undefined
        ? []
        : [{ path: ["items", itemIndex, "variants", variantIndex, "price"], price: variant.price }],
    ),
  ]);
}
