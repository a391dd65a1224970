import i18next from "i18next";
import { describe, expect, test } from "vitest";
import { allLocaleResources } from "../../../test/renderWithMarket.tsx";
import { deadlineInWords, durationInWords } from "./time.ts";

const HOUR = 3600;

describe("deadlines and durations in words", () => {
  test("a deadline is said in days, hours or minutes from now, ahead or past", () => {
    expect(deadlineInWords(73 * HOUR, 0, "fr")).toBe("dans 3 jours");
    expect(deadlineInWords(49 * HOUR, 0, "fr")).toBe("après-demain");
    expect(deadlineInWords(5 * HOUR + 10, 0, "en")).toBe("in 5 hours");
    expect(deadlineInWords(0, 11 * HOUR, "fr")).toBe("il y a 11 heures");
    expect(deadlineInWords(20 * 60, 0, "en")).toBe("in 20 minutes");
  });

  test("windows are said in hours up to two days, then in days when they make whole days", async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: "fr", resources: allLocaleResources(), interpolation: { escapeValue: false } });
    expect(durationInWords(48, i18n.t)).toBe("48 heures");
    expect(durationInWords(168, i18n.t)).toBe("7 jours");
    expect(durationInWords(60, i18n.t)).toBe("60 heures");
    expect(durationInWords(1, i18n.t)).toBe("1 heure");
  });
});
