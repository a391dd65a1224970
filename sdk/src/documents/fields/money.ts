import * as z from "zod/mini";
import { MAX_PRICE_INTEGER_DIGITS } from "../limits.ts";
import { currencyMinorUnits, PRICE_PATTERN } from "../price.ts";

/** An ISO 4217 currency code such as `EUR` or `CHF`, the unit a shop's prices are written in. */
export const currencyCode = z
  .string({ error: "must be a string" })
  .check(z.regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 currency code such as "EUR"' }));

/**
 * A price in the document's unit: a decimal string like `"3.20"`. How many decimals are allowed depends on
 * the unit, so documents check that with {@link checkPricePrecision}.
 */
export const price = z.string({ error: 'must be a decimal string like "3.20"' }).check(
  z.maxLength(MAX_PRICE_INTEGER_DIGITS + 5, { error: "is too long for a price" }),
  z.regex(PRICE_PATTERN, {
    error: `must be a decimal string like "3.20": no sign, no exponent, no leading zeros, at most ${MAX_PRICE_INTEGER_DIGITS} digits before the point`,
  }),
);

/** A VAT rate in percent, from 0 to 100 with at most two decimals: `"20"`, `"5.5"`, `"2.1"`, `"8.1"`. */
export const vatRate = z.string({ error: 'must be a percentage like "20" or "5.5"' }).check(
  z.regex(/^(?:100|[1-9]?\d)(?:\.\d{1,2})?$/, { error: 'must be a percentage from 0 to 100 like "20" or "5.5"' }),
  z.refine((rate) => Number(rate) <= 100, { error: "must be at most 100" }),
);

/** A price found in a document, with the path where it sits. */
export type PricedField = { readonly path: readonly (string | number)[]; readonly price: string };

/**
 * Adds an issue for each price that has more decimals than `priceUnit` allows (2 for EUR and CHF).
 * @returns Whether every price fits, so exact arithmetic on them is safe.
 */
export function checkPricePrecision(
  context: z.core.$RefinementCtx,
  priceUnit: string,
  fields: readonly PricedField[],
): boolean {
  const allowed = currencyMinorUnits(priceUnit);
  let isPrecise = true;
  for (const { path, price } of fields) {
    const decimals = price.split(".")[1]?.length ?? 0;
    if (decimals <= allowed) continue;
    isPrecise = false;
    context.addIssue({
      code: "custom",
      path: [...path],
      message: `has ${decimals} decimals but ${priceUnit} allows at most ${allowed}`,
    });
  }
  return isPrecise;
}
