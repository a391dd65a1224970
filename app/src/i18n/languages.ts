/** The languages the app is written in. */
export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every translation namespace, one JSON file per language in `app/src/locales/<language>/`. */
export const NAMESPACES = [
  "common",
  "shops",
  "shopPage",
  "searchSettings",
  "orders",
  "merchant",
  "carrier",
  "errors",
  "services",
  "inbox",
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** Where the language the person chose is remembered (this browser only). */
export const LANGUAGE_STORAGE_KEY = "grandrue.language";

/** Used when neither the stored choice nor the browser's preferences name a language we have. */
export const FALLBACK_LANGUAGE: Language = "en";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to start in: the one chosen earlier in the header, else the first of the browser's preferred
 * languages we speak (so French for `["fr-CH", "en"]` and for `["de-CH", "fr", "en"]`), else English.
 * @example detectLanguage({ stored: null, preferred: ["fr-BE", "en"] }) // "fr"
 */
export function detectLanguage({
  stored,
  preferred,
}: {
  stored: string | null;
  preferred: readonly string[];
}): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const primary = tag.split("-")[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return FALLBACK_LANGUAGE;
}
