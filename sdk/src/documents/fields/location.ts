import ngeohash from "ngeohash";
import * as z from "zod/mini";
import { MAX_CITY_LENGTH, MAX_GEOHASH_LENGTH, MAX_POSTCODE_LENGTH, MAX_STREET_LENGTH } from "../limits.ts";
import { whenFieldsAreValid } from "./basics.ts";
import { singleLineText } from "./text.ts";

const GEOHASH = new RegExp(`^[0-9b-hjkmnp-z]{1,${MAX_GEOHASH_LENGTH}}$`);

/** An ISO 3166-1 alpha-2 country code such as `FR` or `CH` (format only: two upper-case letters). */
export const countryCode = z
  .string({ error: "must be a string" })
  .check(z.regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 country code such as "FR"' }));

/** A postcode: letters, digits, spaces and dashes, starting with a letter or digit. */
export const postcode = z.string({ error: "must be a string" }).check(
  z.maxLength(MAX_POSTCODE_LENGTH, { error: `must be at most ${MAX_POSTCODE_LENGTH} characters` }),
  z.regex(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, {
    error: 'must be letters, digits, spaces and dashes, such as "75011" or "SW1A 1AA"',
  }),
);

/** A geohash cell: 1 to 12 characters of the geohash base32 alphabet (no a, i, l, o). */
export const geohash = z
  .string({ error: "must be a string" })
  .check(
    z.regex(GEOHASH, { error: `must be 1 to ${MAX_GEOHASH_LENGTH} geohash characters (0-9 and b-z without i, l, o)` }),
  );

/** A postal address written by people, for display. */
export const postalAddress = z.strictObject({
  street: singleLineText({ min: 1, max: MAX_STREET_LENGTH }),
  postcode,
  city: singleLineText({ min: 1, max: MAX_CITY_LENGTH }),
  country: countryCode,
});

/** A point and its geohash, which must be the cell that contains the point at the geohash's own precision. */
export const location = z
  .strictObject({
    lat: z
      .number({ error: "must be a number" })
      .check(z.gte(-90, { error: "must be at least -90" }), z.lte(90, { error: "must be at most 90" })),
    lon: z
      .number({ error: "must be a number" })
      .check(z.gte(-180, { error: "must be at least -180" }), z.lte(180, { error: "must be at most 180" })),
    geohash,
  })
  .check(
    z.superRefine(({ lat, lon, geohash: cell }, context) => {
      const expected = ngeohash.encode(lat, lon, cell.length);
      if (expected !== cell) {
        context.addIssue({
          code: "custom",
          path: ["geohash"],
          message: `does not match lat/lon: at this precision it should be "${expected}"`,
        });
      }
    }, whenFieldsAreValid),
  );
