/**
 * A day as people write it in the reader's language, from unix seconds.
 * @example formatDay(1767225600, "fr") // "1 janvier 2026"
 */
export function formatDay(unixSeconds: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "long" }).format(new Date(unixSeconds * 1000));
}

/**
 * A time of day in the reader's language, from unix seconds.
 * @example formatTime(1767225600, "fr") // "01:00"
 */
export function formatTime(unixSeconds: number, language: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: "short" }).format(new Date(unixSeconds * 1000));
}
