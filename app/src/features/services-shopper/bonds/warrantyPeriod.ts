import { WARRANTY_YEAR_SECONDS } from "../../../lib/warrantyYear.ts";

const DAY = 86_400;
const DAYS_PER_YEAR = WARRANTY_YEAR_SECONDS / DAY;
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;
/** A period this close to whole years or months is said in them ("182 days" is "6 months"). */
const TOLERANCE_DAYS = 2;

/** A warranty period in the largest unit that says it well: years, months, weeks or days. */
export type PeriodParts = { unit: "year" | "month" | "week" | "day"; count: number };

/**
 * How to say a warranty period in plain words (translate with `services:period.<unit>` and `count`).
 * @example warrantyPeriodParts(730 * 86_400) // { unit: "year", count: 2 }
 * @example warrantyPeriodParts(182 * 86_400) // { unit: "month", count: 6 }
 */
export function warrantyPeriodParts(seconds: number): PeriodParts {
  const days = Math.max(1, Math.round(seconds / DAY));
  const inUnit = (unitDays: number) => {
    const count = Math.round(days / unitDays);
    return count >= 1 && Math.abs(days - count * unitDays) <= TOLERANCE_DAYS ? count : undefined;
  };
  const years = inUnit(DAYS_PER_YEAR);
  if (years !== undefined) return { unit: "year", count: years };
  const months = days >= 28 ? inUnit(DAYS_PER_MONTH) : undefined;
  if (months !== undefined) return { unit: "month", count: months };
  if (days % 7 === 0) return { unit: "week", count: days / 7 };
  return { unit: "day", count: days };
}
