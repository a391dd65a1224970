import { en } from "zod/locales";
import * as z from "zod/mini";

// zod/mini ships no messages of its own ("Invalid input"): the English ones, which full zod loads, name what is wrong
// where a check has no message of ours (an unknown key, a value of the wrong type).
const english = en();

/**
 * `schema.safeParse(data)` with zod's English messages for the checks that have none of their own. Takes any zod 4
 * schema, `zod/mini` (the SDK's) or full `zod`.
 * @example const result = safeParseInEnglish(catalogSchema, json); if (!result.success) console.log(result.error.issues)
 */
export function safeParseInEnglish<Schema extends z.core.$ZodType>(schema: Schema, data: unknown) {
  return z.safeParse(schema, data, { error: english.localeError });
}
