import * as z from "zod/mini";
import { schemaId, whenFieldsAreValid } from "./fields/basics.ts";
import { webUrl } from "./fields/contact.ts";
import { x25519PublicKey } from "./fields/encoding.ts";
import { geohash, postcode } from "./fields/location.ts";
import { checkPricePrecision, currencyCode, price } from "./fields/money.ts";
import { multilineText, singleLineText } from "./fields/text.ts";
import {
  MAX_CARRIER_DESCRIPTION_LENGTH,
  MAX_CARRIER_FEES,
  MAX_CARRIER_NAME_LENGTH,
  MAX_FEE_DISTANCE_KM,
  MAX_FEE_LABEL_LENGTH,
  MAX_SERVICE_AREA_GEOHASHES,
  MAX_SERVICE_AREA_POSTCODES,
  MAX_SUSTAINABILITY_LENGTH,
} from "./limits.ts";
import { parseVersionedDocument } from "./parse.ts";

export const CARRIER_SCHEMA_ID = "grandrue.carrier/1";

export const CARRIER_VEHICLES = ["bike", "cargo-bike", "van", "electric-van", "foot"] as const;

/** One delivery price, e.g. "Within 3 km": 4.50, optionally limited to a distance from the shop. */
export const carrierFeeSchema = z.strictObject({
  label: singleLineText({ min: 1, max: MAX_FEE_LABEL_LENGTH }),
  maxDistanceKm: z.optional(
    z
      .number({ error: "must be a number" })
      .check(
        z.positive({ error: "must be positive" }),
        z.lte(MAX_FEE_DISTANCE_KM, { error: `must be at most ${MAX_FEE_DISTANCE_KM}` }),
      ),
  ),
  price,
});

/** Where the carrier delivers: geohash cells (any precision) and postcodes. */
export const serviceAreaSchema = z.strictObject({
  geohashes: z
    .array(geohash, { error: "must be a list" })
    .check(z.maxLength(MAX_SERVICE_AREA_GEOHASHES, { error: `must have at most ${MAX_SERVICE_AREA_GEOHASHES} cells` })),
  postcodes: z
    .array(postcode, { error: "must be a list" })
    .check(
      z.maxLength(MAX_SERVICE_AREA_POSTCODES, { error: `must have at most ${MAX_SERVICE_AREA_POSTCODES} postcodes` }),
    ),
});

/** `grandrue.carrier/1`: what a carrier says about itself, its area and its fees. */
export const carrierProfileSchema = z
  .strictObject({
    schema: schemaId(CARRIER_SCHEMA_ID),
    name: singleLineText({ min: 1, max: MAX_CARRIER_NAME_LENGTH }),
    description: multilineText({ max: MAX_CARRIER_DESCRIPTION_LENGTH }),
    serviceArea: serviceAreaSchema,
    fees: z
      .array(carrierFeeSchema, { error: "must be a list" })
      .check(
        z.minLength(1, { error: "must have at least one fee" }),
        z.maxLength(MAX_CARRIER_FEES, { error: `must have at most ${MAX_CARRIER_FEES} fees` }),
      ),
    priceUnit: currencyCode,
    /** The carrier's x25519 key that buyers encrypt shipping details to (see `deriveEncryptionKeyPair`). */
    encryptionPublicKey: x25519PublicKey,
    sustainability: z.optional(multilineText({ max: MAX_SUSTAINABILITY_LENGTH })),
    vehicle: z.optional(
      z.enum(CARRIER_VEHICLES, {
        error: `must be one of ${CARRIER_VEHICLES.map((vehicle) => `"${vehicle}"`).join(", ")}`,
      }),
    ),
    website: z.optional(webUrl),
  })
  .check(
    z.superRefine((profile, context) => {
      checkPricePrecision(
        context,
        profile.priceUnit,
        profile.fees.map((fee, index) => ({ path: ["fees", index, "price"], price: fee.price })),
      );
    }, whenFieldsAreValid),
  );

export type CarrierProfile = z.output<typeof carrierProfileSchema>;
export type CarrierFee = z.output<typeof carrierFeeSchema>;
export type CarrierVehicle = (typeof CARRIER_VEHICLES)[number];

/**
 * Validates a `grandrue.carrier/1` document.
 * @throws DocumentValidationError naming each invalid field.
 */
export function parseCarrierProfile(json: unknown): CarrierProfile {
  return parseVersionedDocument(CARRIER_SCHEMA_ID, carrierProfileSchema, json);
}
