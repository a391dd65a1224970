import type { OpeningPeriod } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { openingStatus, weekdayOf, weekSchedule } from "./openingHours.ts";

// The bakery's door: Tuesday to Saturday 07:00–13:00 and 15:30–19:30, Sunday 07:00–12:30, closed on Monday.
const BAKERY: OpeningPeriod[] = [
  ...[1, 2, 3, 4, 5].flatMap((day) => [
    { day, opens: "07:00", closes: "13:00" },
    { day, opens: "15:30", closes: "19:30" },
  ]),
  { day: 6, opens: "07:00", closes: "12:30" },
];

// 5 January 2026 is a Monday; dates are built in the browser's (here the test's) time zone.
const at = (dayOfMonth: number, hours: number, minutes = 0) => new Date(2026, 0, dayOfMonth, hours, minutes);
const MONDAY = 5;
const TUESDAY = 6;
const SATURDAY = 10;
const SUNDAY = 11;

describe("openingStatus", () => {
  test("numbers days from Monday, as shop documents do", () => {
    expect(weekdayOf(at(MONDAY, 12))).toBe(0);
    expect(weekdayOf(at(SUNDAY, 12))).toBe(6);
  });

  test("is open during a period and says when it closes today", () => {
    expect(openingStatus(BAKERY, at(TUESDAY, 10))).toEqual({
      state: "open",
      closes: { inDays: 0, day: 1, minutes: 13 * 60 },
    });
  });

  test("is closed over lunch and opens again this afternoon", () => {
    expect(openingStatus(BAKERY, at(TUESDAY, 14))).toEqual({
      state: "closed",
      opens: { inDays: 0, day: 1, minutes: 15 * 60 + 30 },
    });
  });

  test("closes exactly at the closing time", () => {
    expect(openingStatus(BAKERY, at(TUESDAY, 13, 0)).state).toBe("closed");
    expect(openingStatus(BAKERY, at(TUESDAY, 12, 59)).state).toBe("open");
  });

  test("on Saturday evening it opens tomorrow, Sunday morning", () => {
    expect(openingStatus(BAKERY, at(SATURDAY, 20))).toEqual({
      state: "closed",
      opens: { inDays: 1, day: 6, minutes: 7 * 60 },
    });
  });

  test("on Sunday afternoon it opens on Tuesday, across the closed Monday and the week's end", () => {
    expect(openingStatus(BAKERY, at(SUNDAY, 13))).toEqual({
      state: "closed",
      opens: { inDays: 2, day: 1, minutes: 7 * 60 },
    });
  });

  test("a late period running into the next day's early one closes the next day", () => {
    const bar: OpeningPeriod[] = [
      { day: 4, opens: "18:00", closes: "24:00" },
      { day: 5, opens: "00:00", closes: "02:00" },
    ];
    expect(openingStatus(bar, new Date(2026, 0, 9, 23))).toEqual({
      state: "open",
      closes: { inDays: 1, day: 5, minutes: 120 },
    });
  });

  test("a period ending at midnight closes at midnight the same day", () => {
    const late: OpeningPeriod[] = [{ day: 2, opens: "20:00", closes: "24:00" }];
    expect(openingStatus(late, new Date(2026, 0, 7, 21))).toEqual({
      state: "open",
      closes: { inDays: 0, day: 2, minutes: 1440 },
    });
  });

  test("Sunday night runs into Monday's opening at midnight, across the week's end", () => {
    const nightShop: OpeningPeriod[] = [
      { day: 0, opens: "00:00", closes: "01:00" },
      { day: 6, opens: "22:00", closes: "24:00" },
    ];
    expect(openingStatus(nightShop, at(SUNDAY, 23))).toEqual({
      state: "open",
      closes: { inDays: 1, day: 0, minutes: 60 },
    });
  });

  test("a shop open every hour of the week is always open, and one without hours is unknown", () => {
    const always = [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, opens: "00:00", closes: "24:00" }));
    expect(openingStatus(always, at(TUESDAY, 3))).toEqual({ state: "always" });
    expect(openingStatus([], at(TUESDAY, 3))).toEqual({ state: "unknown" });
  });
});

describe("weekSchedule", () => {
  test("lists the seven days from Monday, each day's periods sorted, closed days empty", () => {
    const schedule = weekSchedule([...BAKERY].reverse());
    expect(schedule.map((day) => day.day)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(schedule[0]?.periods).toEqual([]);
    expect(schedule[1]?.periods).toEqual([
      { opens: "07:00", closes: "13:00" },
      { opens: "15:30", closes: "19:30" },
    ]);
  });
});
