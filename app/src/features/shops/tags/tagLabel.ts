import type { TFunction } from "i18next";

/** A category or label slug in words when no translation knows it: "bike-repair" → "Bike repair". */
export function humaniseSlug(slug: string): string {
  const words = slug.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A shop's or item's category or label, in the reader's language (`shops:categories.<slug>`, `shops:labels.<slug>`),
 * or the slug in words when the app does not know it.
 * @example tagLabel("label", "short-circuit", t) // "Circuit court"
 */
export function tagLabel(kind: "category" | "label", slug: string, t: TFunction<"shops">): string {
  return t(kind === "category" ? `categories.${slug}` : `labels.${slug}`, { defaultValue: humaniseSlug(slug) });
}

/**
 * A unit of sale in the reader's language ("/ kg", "la pièce"), or the slug itself.
 * @example unitLabel("kg", t) // "le kg"
 */
export function unitLabel(unit: string, t: TFunction<"shops">): string {
  return t(`units.${unit}`, { defaultValue: unit });
}
