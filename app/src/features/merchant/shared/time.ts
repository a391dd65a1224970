import type { TFunction } from "i18next";

const MINUTE = 60;
const HOUR = 3600;
const DAY = 24 * HOUR;

/**
 * How far a deadline is from `now`, in words of the reader's language: "dans 2 jours", "in 5 hours", "il y a 3 heures".
 * Whole days from two days on, whole hours from one hour on, else minutes.
 * @example deadlineInWords(now + 49 * 3600, now, "fr") // "dans 2 jours"
 */
export function deadlineInWords(deadline: number, now: number, language: string): string {
  const seconds = deadline - now;
  const distance = Math.abs(seconds);
  const format = new Intl.RelativeTimeFormat(language, { numeric: "auto" });
  if (distance >= 2 * DAY) return format.format(Math.trunc(seconds / DAY), "day");
  if (distance >= HOUR) return format.format(Math.trunc(seconds / HOUR), "hour");
  return format.format(Math.trunc(seconds / MINUTE), "minute");
}

/**
 * A duration given in hours, as people say it: hours up to two days, then days ("7 jours"), and hours again when
 * they do not make whole days ("60 heures"). Takes any `t` (the words are `merchant:duration.*`).
 * @example durationInWords(168, t) // "7 jours"
 */
export function durationInWords(hours: number, t: TFunction): string {
  const isDays = hours > 48 && hours % 24 === 0;
  return isDays ? t("merchant:duration.days", { count: hours / 24 }) : t("merchant:duration.hours", { count: hours });
}

/** A date and time in the reader's language: "12 mars 2026, 14:30". */
export function dateTimeInWords(seconds: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(seconds * 1000),
  );
}
