import type { TFunction } from "i18next";
import type { DayTime, OpeningStatus } from "./openingHours.ts";

/** A reference Monday, to name the days of the week in any language. */
const A_MONDAY = new Date(2024, 0, 1);

/**
 * The name of a day of the week (0 Monday … 6 Sunday) in the reader's language.
 * @example weekdayName(1, "fr") // "mardi"
 */
export function weekdayName(day: number, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: "long" }).format(new Date(A_MONDAY.getFullYear(), 0, 1 + day));
}

/**
 * A time of day from minutes since midnight, as the reader's language writes it ("7:30" in French, "7:30 AM" in English); 1440 is midnight.
 * @example formatClock(450, "fr", t) // "7:30"
 */
export function formatClock(minutes: number, language: string, t: TFunction<"shops">): string {
  if (minutes >= 24 * 60) return t("hours.midnight");
  return new Intl.DateTimeFormat(language, { hour: "numeric", minute: "2-digit" }).format(
    new Date(2024, 0, 1, Math.floor(minutes / 60), minutes % 60),
  );
}

/**
 * "Open" / "Closed" and when that changes, in words: `{ headline: "Ouvert", detail: "ferme à 19:30" }`.
 * @example describeOpening({ state: "closed", opens: { inDays: 1, day: 1, minutes: 420 } }, "fr", t) // { headline: "Fermé", detail: "ouvre demain à 7:00" }
 */
export function describeOpening(
  status: OpeningStatus,
  language: string,
  t: TFunction<"shops">,
): { headline: string; detail?: string } {
  const when = (moment: DayTime, verb: "opens" | "closes") => {
    const values = { time: formatClock(moment.minutes, language, t), day: weekdayName(moment.day, language) };
    if (moment.inDays === 0) return t(`hours.${verb}At`, values);
    return moment.inDays === 1 ? t(`hours.${verb}TomorrowAt`, values) : t(`hours.${verb}OnAt`, values);
  };
  switch (status.state) {
    case "open":
      return { headline: t("hours.open"), detail: when(status.closes, "closes") };
    case "closed":
      return { headline: t("hours.closed"), detail: when(status.opens, "opens") };
    case "always":
      return { headline: t("hours.always") };
    case "unknown":
      return { headline: t("hours.unknown") };
  }
}
