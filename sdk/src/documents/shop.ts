import * as z from "zod/mini";
import { flag, integerBetween, whenFieldsAreValid } from "./fields/basics.ts";
import { phoneNumber, webUrl } from "./fields/contact.ts";
import { x25519PublicKey } from "./fields/encoding.ts";
import { cid, slugList } from "./fields/identifiers.ts";
import { legalIdentity } from "./fields/legal.ts";
import { location, postalAddress } from "./fields/location.ts";
import { currencyCode } from "./fields/money.ts";
import { multilineText, singleLineText } from "./fields/text.ts";
import { clockTime } from "./fields/time.ts";
import {
  MAX_CATEGORIES,
  MAX_LABELS,
  MAX_OPENING_HOURS,
  MAX_SHOP_DESCRIPTION_LENGTH,
  MAX_SHOP_NAME_LENGTH,
  MAX_SHOP_STORY_LENGTH,
  MAX_TERMS_TEXT_LENGTH,
} from "./limits.ts";
import { parseVersionedDocument } from "./parse.ts";

/** The version writers write: `grandrue.shop/2` adds the shop's legal identity to version 1. */
export const SHOP_SCHEMA_ID = "grandrue.shop/2";
/** The first version, still read: the same document without `legal`. */
export const SHOP_V1_SCHEMA_ID = "grandrue.shop/1";

/** One opening period: `day` 0 = Monday … 6 = Sunday; `closes` after `opens`, `24:00` for midnight. */
export const openingPeriodSchema = z
  .strictObject({
    day: integerBetween(0, 6, "0 (Monday) to 6 (Sunday)"),
    opens: clockTime,
    closes: clockTime,
  })
  .check(
    z.superRefine(({ opens, closes }, context) => {
      if (closes <= opens) {
        context.addIssue({ code: "custom", path: ["closes"], message: `must be after opens (${opens})` });
      }
    }, whenFieldsAreValid),
  );

/** Opening periods of the week; periods of the same day must not overlap. */
export const openingHoursSchema = z.array(openingPeriodSchema, { error: "must be a list" }).check(
  z.maxLength(MAX_OPENING_HOURS, { error: `must have at most ${MAX_OPENING_HOURS} periods` }),
  z.superRefine((periods: OpeningPeriod[], context) => {
    periods.forEach((period, index) => {
      const overlapping = periods.findIndex(
        (other, otherIndex) =>
          otherIndex < index && other.day === period.day && other.opens < period.closes && period.opens < other.closes,
      );
      if (overlapping >= 0) {
        context.addIssue({ code: "custom", path: [index], message: `overlaps period ${overlapping} of the same day` });
      }
    });
  }, whenFieldsAreValid),
);

/**
 * `grandrue.shop/2` (and `/1`, without `legal`): what a shop says about itself, published on IPFS and referenced by
 * the ShopRegistry.
 */
export const shopMetadataSchema = z.strictObject({
  schema: z.enum([SHOP_SCHEMA_ID, SHOP_V1_SCHEMA_ID], {
    error: `must be "${SHOP_SCHEMA_ID}" or "${SHOP_V1_SCHEMA_ID}"`,
  }),
  name: singleLineText({ min: 1, max: MAX_SHOP_NAME_LENGTH }),
  description: multilineText({ max: MAX_SHOP_DESCRIPTION_LENGTH }),
  story: z.optional(multilineText({ max: MAX_SHOP_STORY_LENGTH })),
  logo: z.optional(cid),
  address: postalAddress,
  location,
  openingHours: openingHoursSchema,
  categories: slugList(MAX_CATEGORIES),
  labels: slugList(MAX_LABELS),
  priceUnit: currencyCode,
  /** The shop's x25519 key that buyers encrypt shipping details to (see `deriveEncryptionKeyPair`). */
  encryptionPublicKey: x25519PublicKey,
  terms: z.strictObject({
    returns: z.optional(multilineText({ max: MAX_TERMS_TEXT_LENGTH })),
    delivery: z.optional(multilineText({ max: MAX_TERMS_TEXT_LENGTH })),
    other: z.optional(multilineText({ max: MAX_TERMS_TEXT_LENGTH })),
  }),
  fulfilment: z.strictObject({ pickup: flag, ownDelivery: flag }),
  website: z.optional(webUrl),
  phone: z.optional(phoneNumber),
  /** The legal name and registration numbers printed on receipts (version 2). */
  legal: z.optional(legalIdentity),
});

/** The document as {@link parseShopMetadata} checks it: a version 1 document has no legal identity. */
const versionedShopSchema = shopMetadataSchema.check(
  z.superRefine((shop, context) => {
    if (shop.schema === SHOP_V1_SCHEMA_ID && shop.legal !== undefined) {
      context.addIssue({ code: "custom", path: ["legal"], message: `needs "${SHOP_SCHEMA_ID}"` });
    }
  }, whenFieldsAreValid),
);

export type ShopMetadata = z.output<typeof shopMetadataSchema>;
export type OpeningPeriod = z.output<typeof openingPeriodSchema>;

/**
 * Validates a `grandrue.shop/2` or `grandrue.shop/1` document.
 * @throws DocumentValidationError naming each invalid field.
 * @example const shop = parseShopMetadata(JSON.parse(text))
 */
export function parseShopMetadata(json: unknown): ShopMetadata {
  return parseVersionedDocument([SHOP_SCHEMA_ID, SHOP_V1_SCHEMA_ID], versionedShopSchema, json);
}
