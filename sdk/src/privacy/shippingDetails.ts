import * as z from "zod/mini";
import { phoneNumber } from "../documents/fields/contact.ts";
import { countryCode, postcode } from "../documents/fields/location.ts";
import { multilineText, singleLineText } from "../documents/fields/text.ts";
import {
  MAX_CITY_LENGTH,
  MAX_DELIVERY_INSTRUCTIONS_LENGTH,
  MAX_RECIPIENT_NAME_LENGTH,
  MAX_STREET_LENGTH,
} from "../documents/limits.ts";
import { parseWithSchema } from "../documents/parse.ts";

/** Where and to whom the goods go. Only the sealed envelope leaves the buyer's device. */
export const shippingDetailsSchema = z.strictObject({
  name: singleLineText({ min: 1, max: MAX_RECIPIENT_NAME_LENGTH }),
  street: singleLineText({ min: 1, max: MAX_STREET_LENGTH }),
  postcode,
  city: singleLineText({ min: 1, max: MAX_CITY_LENGTH }),
  country: countryCode,
  phone: z.optional(phoneNumber),
  /** For the courier: door code, floor, "leave with the neighbour"… */
  instructions: z.optional(multilineText({ max: MAX_DELIVERY_INSTRUCTIONS_LENGTH })),
});

export type ShippingDetails = z.output<typeof shippingDetailsSchema>;

/**
 * Validates shipping details (before sealing them, and after opening an envelope).
 * @throws DocumentValidationError naming each invalid field.
 */
export function parseShippingDetails(json: unknown): ShippingDetails {
  return parseWithSchema("shipping details", shippingDetailsSchema, json);
}
