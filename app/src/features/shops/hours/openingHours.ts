import type { OpeningPeriod } from "@grandrue/sdk";

const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** A moment relative to today: `inDays` 0 is today, 1 tomorrow…; `minutes` since that day's midnight (1440 is midnight at its end). */
export type DayTime = { inDays: number; day: number; minutes: number };

/**
 * Whether a shop is open at a moment, and until or from when.
 * - `open`: open now, `closes` when it next closes (a period running past midnight into the next one continues);
 * - `closed`: closed now, `opens` when it next opens;
 * - `always`: open day and night, every day;
 * - `unknown`: the shop published no opening hours.
 */
export type OpeningStatus =
  | { state: "open"; closes: DayTime }
  | { state: "closed"; opens: DayTime }
  | { state: "always" }
  | { state: "unknown" };

/** One day of the week as a shop's door shows it: 0 is Monday; periods sorted by opening time. */
export type ScheduleDay = { day: number; periods: { opens: string; closes: string }[] };

/** `"07:30"` → 450; `"24:00"` → 1440. */
export function clockToMinutes(clock: string): number {
  const [hours = "0", minutes = "0"] = clock.split(":");
  return Number(hours) * 60 + Number(minutes);
}

/** The day of the week in the shop documents' numbering (0 Monday … 6 Sunday), in the browser's time zone. */
export function weekdayOf(date: Date): number {
  return (date.getDay() + 6) % 7;
}

type Interval = { start: number; end: number };

/** The week's opening periods as minutes since Monday 00:00, sorted, with touching or overlapping periods merged. */
function weekIntervals(periods: readonly OpeningPeriod[]): Interval[] {
  const sorted = periods
    .map((period) => ({
      start: period.day * MINUTES_PER_DAY + clockToMinutes(period.opens),
      end: period.day * MINUTES_PER_DAY + clockToMinutes(period.closes),
    }))
    .sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

function dayTimeOf(weekMinute: number, todayStart: number, isEnd: boolean): DayTime {
  const fromToday = weekMinute - todayStart;
  // An end at midnight belongs to the day it ends (shown as "midnight"), a start at midnight to the day it starts.
  const inDays = isEnd ? Math.floor((fromToday - 1) / MINUTES_PER_DAY) : Math.floor(fromToday / MINUTES_PER_DAY);
  return {
    inDays,
    day: (Math.floor(todayStart / MINUTES_PER_DAY) + inDays) % 7,
    minutes: fromToday - inDays * MINUTES_PER_DAY,
  };
}

/**
 * Whether a shop is open at `now` (in the browser's time zone, which is the shop's when you are nearby), and when it
 * next closes or opens. Periods that touch across midnight, even from Sunday into Monday, count as one.
 * @example openingStatus([{ day: 1, opens: "07:00", closes: "13:00" }], new Date(2026, 0, 6, 10)) // open, closes today at 13:00
 */
export function openingStatus(periods: readonly OpeningPeriod[], now: Date): OpeningStatus {
  const intervals = weekIntervals(periods);
  const first = intervals[0];
  if (first === undefined) return { state: "unknown" };
  if (first.start === 0 && first.end >= MINUTES_PER_WEEK) return { state: "always" };
  const todayStart = weekdayOf(now) * MINUTES_PER_DAY;
  const minute = todayStart + now.getHours() * 60 + now.getMinutes();
  // The week repeats: look at this week's periods and the next week's, so Sunday evening sees Monday morning.
  const twoWeeks = [
    ...intervals,
    ...intervals.map(({ start, end }) => ({ start: start + MINUTES_PER_WEEK, end: end + MINUTES_PER_WEEK })),
  ];
  const wrapsIntoMonday = first.start === 0 && intervals.at(-1)!.end === MINUTES_PER_WEEK;
  const current = twoWeeks.find(({ start, end }) => start <= minute && minute < end);
  if (current !== undefined) {
    let end = current.end;
    // A period running to Sunday midnight continues into Monday's opening at 00:00.
    if (wrapsIntoMonday && end % MINUTES_PER_WEEK === 0) end += first.end;
    return { state: "open", closes: dayTimeOf(end, todayStart, true) };
  }
  const next = twoWeeks.find(({ start }) => start > minute)!;
  return { state: "closed", opens: dayTimeOf(next.start, todayStart, false) };
}

/**
 * The week's opening hours day by day, Monday first, each day's periods sorted; a day without periods is closed.
 * @example weekSchedule(periods)[1] // { day: 1, periods: [{ opens: "07:00", closes: "13:00" }, …] }
 */
export function weekSchedule(periods: readonly OpeningPeriod[]): ScheduleDay[] {
  return Array.from({ length: 7 }, (_, day) => ({
    day,
    periods: periods
      .filter((period) => period.day === day)
      .sort((a, b) => clockToMinutes(a.opens) - clockToMinutes(b.opens))
      .map(({ opens, closes }) => ({ opens, closes })),
  }));
}
