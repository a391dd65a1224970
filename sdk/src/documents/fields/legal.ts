import * as z from "zod/mini";
import { MAX_LEGAL_NAME_LENGTH } from "../limits.ts";
import { singleLineText } from "./text.ts";

const SIRET = /^\d{14}$/;
const SWISS_UID = /^CHE-(\d{3})\.(\d{3})\.(\d{3})$/;
const FRENCH_VAT = /^FR(\d{2})(\d{9})$/;
const SWISS_VAT = /^(CHE-\d{3}\.\d{3}\.\d{3}) (?:MWST|TVA|IVA)$/;
const OTHER_EU_VAT = /^(?!FR|CH)[A-Z]{2}[0-9A-Z]{2,12}$/;
/** La Poste's SIREN, whose establishments' SIRET follow their own rule instead of the Luhn check. */
const LA_POSTE_SIREN = "356000000";

function digitSum(text: string): number {
  return [...text].reduce((sum, digit) => sum + Number(digit), 0);
}

/** The Luhn check of SIREN and SIRET numbers (La Poste's establishments: the digits add up to a multiple of 5). */
function isValidSiret(siret: string): boolean {
  if (siret.startsWith(LA_POSTE_SIREN)) return digitSum(siret) % 5 === 0;
  const sum = [...siret].reverse().reduce((total, character, index) => {
    const digit = Number(character) * (index % 2 === 1 ? 2 : 1);
    return total + (digit > 9 ? digit - 9 : digit);
  }, 0);
  return sum % 10 === 0;
}

/** The Swiss UID/IDE check digit (modulo 11, weights 5 4 3 2 7 6 5 4). */
function isValidSwissUid(uid: string): boolean {
  const digits = uid.replace(/\D/g, "");
  const sum = [5, 4, 3, 2, 7, 6, 5, 4].reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[8]);
}

function isValidVatNumber(vat: string): boolean {
  const french = FRENCH_VAT.exec(vat);
  if (french !== null) return Number(french[1]) === (12 + 3 * (Number(french[2]) % 97)) % 97;
  const swiss = SWISS_VAT.exec(vat);
  if (swiss !== null) return isValidSwissUid(swiss[1]!);
  return OTHER_EU_VAT.test(vat);
}

/** A French establishment number: 14 digits, no spaces, whose Luhn check holds. */
export const siret = z
  .string({ error: "must be a string" })
  .check(
    z.regex(SIRET, { error: "must be 14 digits without spaces", abort: true }),
    z.refine(isValidSiret, { error: "is not a valid SIRET number (its check digit is wrong)" }),
  );

/** A Swiss enterprise identification number (IDE/UID) written `CHE-123.456.789`, whose check digit holds. */
export const swissUid = z
  .string({ error: "must be a string" })
  .check(
    z.regex(SWISS_UID, { error: 'must be written like "CHE-123.456.789"', abort: true }),
    z.refine(isValidSwissUid, { error: "is not a valid IDE number (its check digit is wrong)" }),
  );

/**
 * A VAT number: French `FR` + key + SIREN (the key is checked), Swiss `CHE-123.456.789 TVA` (or MWST, IVA; the
 * check digit is checked), or another EU number by its shape (country code, then 2 to 12 letters or digits).
 */
export const vatNumber = z.string({ error: "must be a string" }).check(
  z.maxLength(24, { error: "must be at most 24 characters", abort: true }),
  z.refine(isValidVatNumber, {
    error: 'must be a VAT number like "FR40303265045" or "CHE-116.281.710 TVA", without spaces in the number',
  }),
);

/** Who the shop legally is, printed on receipts: its registered name and the numbers it is registered under. */
export const legalIdentity = z.strictObject({
  name: singleLineText({ min: 1, max: MAX_LEGAL_NAME_LENGTH }),
  siret: z.optional(siret),
  ide: z.optional(swissUid),
  vatNumber: z.optional(vatNumber),
});
