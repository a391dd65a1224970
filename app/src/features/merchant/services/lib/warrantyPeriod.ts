import { WARRANTY_YEAR_SECONDS } from "../../../../lib/warrantyYear.ts";

/** A warranty as shopkeepers give it: a number of months or years. */
export type WarrantyUnit = "months" | "years";

/** A twelfth of the contract's year, so twelve months make exactly one year. */
const MONTH_SECONDS = WARRANTY_YEAR_SECONDS / 12;
/** The bonds contract's `MAX_WARRANTY_PERIOD`: ten of its years. */
export const MAX_WARRANTY_SECONDS = 10 * WARRANTY_YEAR_SECONDS;

export type WarrantyProblem = "required" | "wholeNumber" | "warrantyTooLong";

/**
 * The typed warranty in seconds, or what is wrong with it. 0 is valid: it stops new orders being covered.
 * @example parseWarranty("2", "years") // { seconds: 63_072_000 }
 */
export function parseWarranty(typed: string, unit: WarrantyUnit): { seconds: number } | { problem: WarrantyProblem } {
  const trimmed = typed.trim();
  if (trimmed === "") return { problem: "required" };
  if (!/^\d+$/.test(trimmed)) return { problem: "wholeNumber" };
  const seconds = Number(trimmed) * (unit === "years" ? WARRANTY_YEAR_SECONDS : MONTH_SECONDS);
  return seconds > MAX_WARRANTY_SECONDS ? { problem: "warrantyTooLong" } : { seconds };
}

/**
 * A period in the largest whole unit it makes: years, else months, else days (a period set by another app).
 * @example warrantyParts(63_072_000) // { count: 2, unit: "years" }
 */
export function warrantyParts(seconds: number): { count: number; unit: WarrantyUnit | "days" } {
  if (seconds % WARRANTY_YEAR_SECONDS === 0) return { count: seconds / WARRANTY_YEAR_SECONDS, unit: "years" };
  if (seconds % MONTH_SECONDS === 0) return { count: seconds / MONTH_SECONDS, unit: "months" };
  return { count: Math.round(seconds / 86_400), unit: "days" };
}
