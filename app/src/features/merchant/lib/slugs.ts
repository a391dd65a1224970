import { MAX_SLUG_LENGTH, slugify } from "@grandrue/sdk";

/**
 * A slug from words people type, as the SDK makes one (accents folded, lower case, words joined by single dashes:
 * "Pain bio" → "pain-bio"), cut to the longest slug a document takes. Returns "" when nothing usable is left.
 * @example toSlug("  Épicerie Fine ") // "epicerie-fine"
 */
export function toSlug(text: string): string {
  return slugify(text).slice(0, MAX_SLUG_LENGTH).replace(/-+$/, "");
}

/** Adds the slug of `text` to `slugs` (once), or returns `slugs` unchanged when there is no slug or no room. */
export function addSlug(slugs: readonly string[], text: string, max: number): string[] {
  const slug = toSlug(text);
  if (slug === "" || slugs.includes(slug) || slugs.length >= max) return [...slugs];
  return [...slugs, slug];
}
