import type { OpeningPeriod } from "@grandrue/sdk";

/** One day of the week as the form edits it: closed, or open in one or two periods (a lunch break). */
export type DayHours = { isOpen: boolean; periods: { opens: string; closes: string }[] };

/** Monday first, as `grandrue.shop/1` counts days (0 = Monday … 6 = Sunday). */
export const WEEK_DAYS = [0, 1, 2, 3, 4, 5, 6] as const;

const CLOCK_TIME = /^(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;

/**
 * A week with no hours given: every day unticked, so nothing is published until the merchant ticks a day (a ticked
 * day starts at 09:00–19:00, shown before it is saved). A shop without hours reads "hours not given" to customers.
 */
export function weekWithoutHours(): DayHours[] {
  return fromOpeningPeriods([]);
}

/** The week as the document's list of periods (closed days left out). */
export function toOpeningPeriods(week: readonly DayHours[]): OpeningPeriod[] {
  return week.flatMap((day, index) => (day.isOpen ? day.periods.map((period) => ({ day: index, ...period })) : []));
}

/** The document's periods as a week to edit. */
export function fromOpeningPeriods(periods: readonly OpeningPeriod[]): DayHours[] {
  return WEEK_DAYS.map((index) => {
    const ofDay = periods.filter((period) => period.day === index).map(({ opens, closes }) => ({ opens, closes }));
    return ofDay.length === 0
      ? { isOpen: false, periods: [{ opens: "09:00", closes: "19:00" }] }
      : { isOpen: true, periods: ofDay };
  });
}

/** What is wrong with a day's hours: a time that is not HH:MM, a period that ends before it starts, two that overlap. */
export function dayHoursProblem(day: DayHours): "time" | "order" | "overlap" | undefined {
  if (!day.isOpen) return undefined;
  if (day.periods.some((period) => !CLOCK_TIME.test(period.opens) || !CLOCK_TIME.test(period.closes))) return "time";
  if (day.periods.some((period) => period.closes <= period.opens)) return "order";
  const sorted = [...day.periods].sort((a, b) => a.opens.localeCompare(b.opens));
  return sorted.some((period, index) => index > 0 && period.opens < sorted[index - 1]!.closes) ? "overlap" : undefined;
}
