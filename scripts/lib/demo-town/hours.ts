import type { OpeningPeriod } from "@grandrue/sdk";

/** Days as `grandrue.shop/2` numbers them: 0 is Monday, 6 is Sunday. */
export const MONDAY = 0;
export const TUESDAY = 1;
export const WEDNESDAY = 2;
export const THURSDAY = 3;
export const FRIDAY = 4;
export const SATURDAY = 5;
export const SUNDAY = 6;

/** Opening and closing time as people write them on a shop door, e.g. `"07:00-13:00"`. */
export type TimeRange = `${string}:${string}-${string}:${string}`;

/**
 * The opening periods of every day from `first` to `last` (inclusive), open during each of `ranges`.
 * @example openDays(TUESDAY, SATURDAY, "07:00-13:00", "15:30-19:30") // 10 periods, Tuesday to Saturday
 */
export function openDays(first: number, last: number, ...ranges: TimeRange[]): OpeningPeriod[] {
  const periods: OpeningPeriod[] = [];
  for (let day = first; day <= last; day++) {
    for (const range of ranges) {
      const [opens = "", closes = ""] = range.split("-");
      periods.push({ day, opens, closes });
    }
  }
  return periods;
}
