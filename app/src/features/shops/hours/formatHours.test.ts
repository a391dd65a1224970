import type { i18n as I18n } from "i18next";
import { beforeAll, describe, expect, test } from "vitest";
import { createTestI18n } from "../../../test/renderWithMarket.tsx";
import { describeOpening, formatClock, weekdayName } from "./formatHours.ts";

let french: I18n;
let english: I18n;
beforeAll(async () => {
  french = await createTestI18n("fr");
  english = await createTestI18n("en");
});

describe("describeOpening", () => {
  test("says in French when an open shop closes", () => {
    const t = french.getFixedT("fr", "shops");
    expect(describeOpening({ state: "open", closes: { inDays: 0, day: 1, minutes: 19 * 60 + 30 } }, "fr", t)).toEqual({
      headline: "Ouvert",
      detail: "ferme à 19:30",
    });
  });

  test("says tomorrow, then the day's name, for a closed shop", () => {
    const t = french.getFixedT("fr", "shops");
    expect(describeOpening({ state: "closed", opens: { inDays: 1, day: 6, minutes: 7 * 60 } }, "fr", t).detail).toBe(
      "ouvre demain à 7:00",
    );
    expect(describeOpening({ state: "closed", opens: { inDays: 2, day: 1, minutes: 7 * 60 } }, "fr", t).detail).toBe(
      "ouvre mardi à 7:00",
    );
  });

  test("writes English times the English way and midnight in words", () => {
    const t = english.getFixedT("en", "shops");
    expect(describeOpening({ state: "open", closes: { inDays: 0, day: 2, minutes: 1440 } }, "en", t).detail).toBe(
      "closes at midnight",
    );
    expect(formatClock(15 * 60 + 30, "en", t).replace(/\s/g, " ")).toBe("3:30 PM");
  });

  test("names the days of the week from Monday", () => {
    expect([0, 6].map((day) => weekdayName(day, "fr"))).toEqual(["lundi", "dimanche"]);
  });

  test("a shop without hours says so rather than closed", () => {
    const t = french.getFixedT("fr", "shops");
    expect(describeOpening({ state: "unknown" }, "fr", t)).toEqual({ headline: "Horaires non communiqués" });
  });
});
