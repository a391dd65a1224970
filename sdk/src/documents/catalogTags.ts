import { slugify } from "./slugify.ts";

/** A word people see for a category, label or unit (a chip, a shop page), and the slug documents store for it. */
export type TagName = { readonly name: string; readonly slug: string };

/**
 * The words people see for categories, labels and units, in any languages, each list in order of precedence: when two
 * slugs share a word, the first wins. An app builds it from its translations; a tool may pass its own.
 */
export type CatalogTagNames = {
  readonly categories?: readonly TagName[];
  readonly labels?: readonly TagName[];
  readonly units?: readonly TagName[];
};

export type TagKind = keyof CatalogTagNames;

/** Reads a category, label or unit as typed: its slug, or `undefined` when nothing usable is left (only punctuation). */
export type TagResolver = (kind: TagKind, text: string) => string | undefined;

/**
 * Maps what people type in a category, label or unit cell to the slug a document stores: a slug as is
 * (`short-circuit`), a word people see in any case and with or without accents (`Circuit court`, `CIRCUIT COURT`,
 * `Short supply chain` → `short-circuit`), and any other words made into a slug the way the app's forms make one
 * (`Pain bio` → `pain-bio`).
 * @example catalogTagResolver({ labels: [{ name: "Circuit court", slug: "short-circuit" }] })("labels", "circuit Court") // "short-circuit"
 */
export function catalogTagResolver(names: CatalogTagNames = {}): TagResolver {
  const lookups = new Map<TagKind, Map<string, string>>();
  for (const kind of ["categories", "labels", "units"] as const) {
    const lookup = new Map<string, string>();
    const entries = names[kind] ?? [];
    // A slug written as such wins over another slug's word ("bouquet" the unit, not the bunch some call a bouquet).
    for (const { slug } of entries) lookup.set(slug, slug);
    for (const { name, slug } of entries) {
      const key = slugify(name);
      if (key !== "" && !lookup.has(key)) lookup.set(key, slug);
    }
    lookups.set(kind, lookup);
  }
  return (kind, text) => {
    const key = slugify(text);
    if (key === "") return undefined;
    return lookups.get(kind)?.get(key) ?? key;
  };
}
