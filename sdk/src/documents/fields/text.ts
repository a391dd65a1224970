import * as z from "zod/mini";

/** C0/C1 control characters and lone surrogates (text that is not well-formed Unicode). */
const FORBIDDEN_SINGLE_LINE = /[\p{Cc}\p{Cs}]/u;
/** The same, except the line feed that separates paragraphs. */
const FORBIDDEN_MULTILINE = /[^\P{Cc}\n]|\p{Cs}/u;

type TextLimits = { min?: number; max: number };

/**
 * Untrusted single-line text (names, titles, street). Control characters, including `\n`, `\r` and `\t`, are
 * rejected; HTML is *not* sanitised: the app renders documents as text, so `<script>` stays inert characters.
 * With `min` ≥ 1 the text must also contain something other than whitespace.
 */
export function singleLineText(limits: TextLimits) {
  return boundedText(limits, FORBIDDEN_SINGLE_LINE);
}

/** Untrusted text that may span several lines (`\n` only; `\r` and other control characters are rejected). */
export function multilineText(limits: TextLimits) {
  return boundedText(limits, FORBIDDEN_MULTILINE);
}

function boundedText({ min = 0, max }: TextLimits, forbidden: RegExp) {
  return z.string({ error: "must be a string" }).check(
    z.maxLength(max, { error: `must be at most ${max} characters`, abort: true }),
    z.refine((text) => min === 0 || text.trim().length >= min, {
      error: min === 1 ? "must not be empty" : `must have at least ${min} characters`,
    }),
    z.superRefine((text, context) => {
      const match = forbidden.exec(text);
      if (!match) return;
      const codePoint = match[0].codePointAt(0) ?? 0;
      context.addIssue({
        code: "custom",
        message: `must not contain control character U+${codePoint.toString(16).toUpperCase().padStart(4, "0")} (at index ${match.index})`,
      });
    }),
  );
}
