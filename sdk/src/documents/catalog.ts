import * as z from "zod/mini";
import { flag, integerBetween, whenFieldsAreValid } from "./fields/basics.ts";
import { cid, duplicateIndexes, itemId, slug, slugList } from "./fields/identifiers.ts";
import { checkPricePrecision, currencyCode, type PricedField, price, vatRate } from "./fields/money.ts";
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
  MAX_STOCK,
  MAX_UNIT_LENGTH,
  MAX_VARIANT_LABEL_LENGTH,
} from "./limits.ts";
import { parseVersionedDocument } from "./parse.ts";

/** The version writers write: `grandrue.catalog/2` adds stock counts and VAT rates to version 1. */
export const CATALOG_SCHEMA_ID = "grandrue.catalog/2";
/** The first version, still read: the same document without `stock` and `vatRate`. */
export const CATALOG_V1_SCHEMA_ID = "grandrue.catalog/1";

/** Units left to sell, when the shop counts them (absent: not counted). */
const stock = z.optional(integerBetween(0, MAX_STOCK));

/**
 * A variant of an item (size, colour…); its `price`, when present, replaces the item's, and so does its `stock`
 * (a variant without its own count shares the item's).
 */
export const catalogVariantSchema = z.strictObject({
  id: itemId,
  label: singleLineText({ min: 1, max: MAX_VARIANT_LABEL_LENGTH }),
  price: z.optional(price),
  available: flag,
  stock,
});

/** One item for sale. `id` is stable across catalog versions, so orders and carts can refer to it. */
export const catalogItemSchema = z
  .strictObject({
    id: itemId,
    title: singleLineText({ min: 1, max: MAX_ITEM_TITLE_LENGTH }),
    description: multilineText({ max: MAX_ITEM_DESCRIPTION_LENGTH }),
    images: z
      .array(cid, { error: "must be a list" })
      .check(z.maxLength(MAX_ITEM_IMAGES, { error: `must have at most ${MAX_ITEM_IMAGES} images` })),
    price,
    variants: z
      .array(catalogVariantSchema, { error: "must be a list" })
      .check(z.maxLength(MAX_ITEM_VARIANTS, { error: `must have at most ${MAX_ITEM_VARIANTS} variants` })),
    available: flag,
    categories: slugList(MAX_CATEGORIES),
    labels: slugList(MAX_LABELS),
    pickup: flag,
    delivery: flag,
    /** What one unit is, as a slug the app translates: `kg`, `piece`, `bunch`. */
    unit: z.optional(slug(MAX_UNIT_LENGTH)),
    stock,
    /** The VAT rate included in the price, in percent (`"20"`, `"5.5"`), for receipts. */
    vatRate: z.optional(vatRate),
  })
  .check(
    z.superRefine((item, context) => {
      for (const index of duplicateIndexes(item.variants.map((variant) => variant.id))) {
        context.addIssue({
          code: "custom",
          path: ["variants", index, "id"],
          message: `repeats variant id "${item.variants[index]?.id}"`,
        });
      }
    }, whenFieldsAreValid),
  );

/**
 * `grandrue.catalog/2` (and `/1`, without stock and VAT): a shop's items, published on IPFS and referenced by the
 * ShopRegistry.
 */
export const catalogSchema = z
  .strictObject({
    schema: z.enum([CATALOG_SCHEMA_ID, CATALOG_V1_SCHEMA_ID], {
      error: `must be "${CATALOG_SCHEMA_ID}" or "${CATALOG_V1_SCHEMA_ID}"`,
    }),
    priceUnit: currencyCode,
    updatedAt: isoDateTime,
    items: z
      .array(catalogItemSchema, { error: "must be a list" })
      .check(z.maxLength(MAX_CATALOG_ITEMS, { error: `must have at most ${MAX_CATALOG_ITEMS} items` })),
  })
  .check(
    z.superRefine((catalog, context) => {
      for (const index of duplicateIndexes(catalog.items.map((item) => item.id))) {
        context.addIssue({
          code: "custom",
          path: ["items", index, "id"],
          message: `repeats item id "${catalog.items[index]?.id}"`,
        });
      }
      checkPricePrecision(context, catalog.priceUnit, catalogPrices(catalog.items));
      if (catalog.schema === CATALOG_V1_SCHEMA_ID) checkVersionOneFields(catalog.items, context);
    }, whenFieldsAreValid),
  );

export type Catalog = z.output<typeof catalogSchema>;
export type CatalogItem = z.output<typeof catalogItemSchema>;
export type CatalogVariant = z.output<typeof catalogVariantSchema>;

/**
 * Validates a `grandrue.catalog/2` or `grandrue.catalog/1` document.
 * @throws DocumentValidationError naming each invalid field.
 * @example const catalog = parseCatalog(JSON.parse(text)); catalog.items[0]?.price // "3.20"
 */
export function parseCatalog(json: unknown): Catalog {
  return parseVersionedDocument([CATALOG_SCHEMA_ID, CATALOG_V1_SCHEMA_ID], catalogSchema, json);
}

/** Version 1 has no stock and no VAT rate: a reader of version 1 would refuse them. */
function checkVersionOneFields(items: readonly CatalogItem[], context: z.core.$RefinementCtx): void {
  const issue = (path: (string | number)[]) =>
    context.addIssue({ code: "custom", path, message: `needs "${CATALOG_SCHEMA_ID}"` });
  items.forEach((item, itemIndex) => {
    if (item.stock !== undefined) issue(["items", itemIndex, "stock"]);
    if (item.vatRate !== undefined) issue(["items", itemIndex, "vatRate"]);
    item.variants.forEach((variant, variantIndex) => {
      if (variant.stock !== undefined) issue(["items", itemIndex, "variants", variantIndex, "stock"]);
    });
  });
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
