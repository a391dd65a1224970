import * as z from "zod/mini";

/** An ISO 8601 date-time with a time zone, e.g. `2026-05-01T09:30:00Z` or `2026-05-01T11:30:00+02:00`. */
export const isoDateTime = z.iso.datetime({
  offset: true,
  error: 'must be an ISO 8601 date-time with a time zone, e.g. "2026-05-01T09:30:00Z"',
});

/** A wall-clock time `HH:MM` from `00:00` to `24:00` (`24:00` is the end of the day). */
export const clockTime = z
  .string({ error: "must be a string" })
  .check(
    z.regex(/^(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/, { error: 'must be a time "HH:MM" from 00:00 to 24:00' }),
  );
