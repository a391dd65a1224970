import { foldText } from "../discovery/search/text-analysis.ts";

/**
 * A slug from words people type: lower case, accents and ligatures folded, words joined by single dashes, as the
 * documents' categories, labels and units are written. Empty when nothing usable is left. Never cut: a caller that
 * needs a shorter slug says so to its user.
 * @example slugify("  Épicerie Fine ") // "epicerie-fine"
 * @example slugify("Œufs & lait cru") // "oeufs-lait-cru"
 */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
