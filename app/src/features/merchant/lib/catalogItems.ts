import type { CatalogItem } from "@grandrue/sdk";
import { toSlug } from "./slugs.ts";

/**
 * Pure edits of a catalog's item list, in the order customers see it. Every function returns a new list.
 */

/** Moves the item at `from` by `offset` places (−1 up, +1 down), staying within the list. */
export function moveItem(items: readonly CatalogItem[], from: number, offset: number): CatalogItem[] {
  const to = Math.min(Math.max(from + offset, 0), items.length - 1);
  const moved = [...items];
  const [item] = moved.splice(from, 1);
  if (item !== undefined) moved.splice(to, 0, item);
  return moved;
}

/** Replaces the item with the same id where it stands, or adds it at the end. */
export function upsertItem(items: readonly CatalogItem[], item: CatalogItem): CatalogItem[] {
  const index = items.findIndex((entry) => entry.id === item.id);
  return index < 0 ? [...items, item] : items.map((entry, position) => (position === index ? item : entry));
}

export function removeItem(items: readonly CatalogItem[], id: string): CatalogItem[] {
  return items.filter((item) => item.id !== id);
}

/**
 * Merges the valid rows of an imported spreadsheet into the draft: an item with a known id replaces it in place,
 * a new one is added at the end, and nothing already typed is dropped.
 * @returns the new list and how many items were updated and added.
 */
export function mergeImportedItems(
  items: readonly CatalogItem[],
  imported: readonly CatalogItem[],
): { items: CatalogItem[]; updated: number; added: number } {
  let merged = [...items];
  let updated = 0;
  for (const item of imported) {
    if (merged.some((entry) => entry.id === item.id)) updated += 1;
    merged = upsertItem(merged, item);
  }
  return { items: merged, updated, added: imported.length - updated };
}

/** A new item's id: the slug of its title ("Pain de seigle" → "pain-de-seigle"), made unique with a number. */
export function newItemId(title: string, items: readonly CatalogItem[]): string {
  const base = toSlug(title).slice(0, 56) || "item";
  const taken = new Set(items.map((item) => item.id));
  if (!taken.has(base)) return base;
  let number = 2;
  while (taken.has(`${base}-${number}`)) number += 1;
  return `${base}-${number}`;
}

/** JSON with object keys sorted, so two equal items compare equal whatever order their fields were written in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, entry: unknown) =>
    entry !== null && typeof entry === "object" && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b)))
      : entry,
  );
}

/** Whether two item lists are the same catalog content, in the same order. */
export function isSameItemList(a: readonly CatalogItem[], b: readonly CatalogItem[]): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
