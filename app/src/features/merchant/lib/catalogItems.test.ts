import type { CatalogItem } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { isSameItemList, mergeImportedItems, moveItem, newItemId, removeItem, upsertItem } from "./catalogItems.ts";

function item(id: string, title = id): CatalogItem {
  return {
    id,
    title,
    description: "",
    images: [],
    price: "1.00",
    variants: [],
    available: true,
    categories: [],
    labels: [],
    pickup: true,
    delivery: true,
  };
}

describe("catalog item edits", () => {
  test("an item moves up and down, and stays in the list at its ends", () => {
    const items = [item("a"), item("b"), item("c")];
    expect(moveItem(items, 2, -1).map((entry) => entry.id)).toEqual(["a", "c", "b"]);
    expect(moveItem(items, 0, -1).map((entry) => entry.id)).toEqual(["a", "b", "c"]);
    expect(moveItem(items, 0, 1).map((entry) => entry.id)).toEqual(["b", "a", "c"]);
  });

  test("saving an item replaces it in place, a new one goes last, and removing takes it out", () => {
    const items = [item("a"), item("b")];
    expect(upsertItem(items, item("a", "Pain")).map((entry) => entry.title)).toEqual(["Pain", "b"]);
    expect(upsertItem(items, item("c")).map((entry) => entry.id)).toEqual(["a", "b", "c"]);
    expect(removeItem(items, "a").map((entry) => entry.id)).toEqual(["b"]);
  });

  test("importing keeps what was typed: known ids are updated in place, new ones are added", () => {
    const typed = [item("baguette", "Baguette"), item("fougasse", "Fougasse")];
    const result = mergeImportedItems(typed, [
      item("baguette", "Baguette tradition"),
      item("seigle", "Pain de seigle"),
    ]);
    expect(result.items.map((entry) => entry.title)).toEqual(["Baguette tradition", "Fougasse", "Pain de seigle"]);
    expect(result).toMatchObject({ updated: 1, added: 1 });
  });

  test("a new item's id is its title's slug, numbered when taken", () => {
    expect(newItemId("Pain de Seigle", [])).toBe("pain-de-seigle");
    expect(newItemId("Pain de Seigle", [item("pain-de-seigle"), item("pain-de-seigle-2")])).toBe("pain-de-seigle-3");
    expect(newItemId("!!!", [])).toBe("item");
  });

  test("two lists with the same items compare equal whatever the order of their fields", () => {
    const { title, ...rest } = item("a");
    expect(isSameItemList([item("a")], [{ ...rest, title }])).toBe(true);
    expect(isSameItemList([item("a")], [item("a", "Autre")])).toBe(false);
  });
});
