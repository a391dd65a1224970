/**
 * A service window in words: whole days from two days up ("3 jours"), hours below ("24 heures").
 * @example formatDuration(72, "fr") // "3 jours"
 * @example formatDuration(24, "en") // "24 hours"
 */
export function formatDuration(hours: number, language: string): string {
  const inDays = hours >= 48 && hours % 24 === 0;
  return new Intl.NumberFormat(language, { style: "unit", unit: inDays ? "day" : "hour", unitDisplay: "long" }).format(
    inDays ? hours / 24 : hours,
  );
}

/**
 * The number of days in a window given in hours, rounded up so a shopper is never told less than they have.
 * @example windowDays(168) // 7
 */
export function windowDays(hours: number): number {
  return Math.ceil(hours / 24);
}
