import { MAX_CATALOG_ITEMS, MAX_ITEM_IMAGES, MAX_ITEM_VARIANTS, parseCatalog } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { CIDS, expectIssue, SCRIPT_INJECTIONS, validCatalog } from "./fixtures.ts";

type Item = ReturnType<typeof validCatalog>["items"][number];

function catalogWithItem(changes: Partial<Record<keyof Item, unknown>>) {
  const catalog = validCatalog();
  return { ...catalog, items: [{ ...catalog.items[0]!, ...changes }, catalog.items[1]!] };
}

function manyItems(count: number) {
  const template = validCatalog().items[0]!;
  return Array.from({ length: count }, (_, index) => ({ ...template, id: `item-${index}` }));
}

describe("parseCatalog", () => {
  test("accepts a catalog with variants and returns it unchanged", () => {
    expect(parseCatalog(validCatalog())).toEqual(validCatalog());
  });

  test("keeps script-injection strings in titles and descriptions as inert text", () => {
    for (const injection of SCRIPT_INJECTIONS) {
      const item = parseCatalog(catalogWithItem({ title: injection, description: injection })).items[0];
      expect(item?.title).toBe(injection);
      expect(item?.description).toBe(injection);
    }
  });

  test("accepts exactly the maximum number of items and rejects one more", () => {
    expect(parseCatalog({ ...validCatalog(), items: manyItems(MAX_CATALOG_ITEMS) }).items).toHaveLength(
      MAX_CATALOG_ITEMS,
    );
    expectIssue(
      () => parseCatalog({ ...validCatalog(), items: manyItems(MAX_CATALOG_ITEMS + 1) }),
      "items",
      "at most 500 items",
    );
  });

  test("rejects item ids that repeat or are not stable identifiers", () => {
    expectIssue(
      () => parseCatalog({ ...validCatalog(), items: manyItems(2).map((item) => ({ ...item, id: "same" })) }),
      "items.1.id",
      'repeats item id "same"',
    );
    expectIssue(() => parseCatalog(catalogWithItem({ id: "has space" })), "items.0.id", "letters, digits");
    expectIssue(
      () => parseCatalog(catalogWithItem({ id: "-leading-dash" })),
      "items.0.id",
      "start with a letter or digit",
    );
    expectIssue(() => parseCatalog(catalogWithItem({ id: "x".repeat(65) })), "items.0.id", "at most 64");
    expect(parseCatalog(catalogWithItem({ id: "SKU_2024.baguette-01" })).items[0]?.id).toBe("SKU_2024.baguette-01");
  });

  test("rejects repeated variant ids within an item and too many variants", () => {
    const variant = { id: "small", label: "Small", available: true };
    expectIssue(
      () => parseCatalog(catalogWithItem({ variants: [variant, { ...variant, label: "Also small" }] })),
      "items.0.variants.1.id",
      'repeats variant id "small"',
    );
    const variants = Array.from({ length: MAX_ITEM_VARIANTS + 1 }, (_, index) => ({ ...variant, id: `v${index}` }));
    expectIssue(() => parseCatalog(catalogWithItem({ variants })), "items.0.variants", "at most 20 variants");
  });

  test("rejects bad image CIDs and more than six images", () => {
    expectIssue(
      () => parseCatalog(catalogWithItem({ images: [CIDS.bread, "not-a-cid"] })),
      "items.0.images.1",
      "not a valid CID",
    );
    expectIssue(
      () => parseCatalog(catalogWithItem({ images: ["https://cdn.example/bread.jpg"] })),
      "items.0.images.0",
      "not a valid CID",
    );
    expectIssue(
      () => parseCatalog(catalogWithItem({ images: Array.from({ length: MAX_ITEM_IMAGES + 1 }, () => CIDS.bread) })),
      "items.0.images",
      "at most 6 images",
    );
  });

  test("rejects prices that are negative, exponential, padded, numeric or too precise for EUR", () => {
    for (const price of [
      "-1.00",
      "1e3",
      "1E3",
      "03.20",
      "3.",
      ".5",
      " 3.20",
      "3,20",
      "+3",
      "NaN",
      "Infinity",
      "",
      "1234567890123456",
    ]) {
      expectIssue(() => parseCatalog(catalogWithItem({ price })), "items.0.price", "decimal string");
    }
    expectIssue(() => parseCatalog(catalogWithItem({ price: 3.2 })), "items.0.price", "decimal string");
    expectIssue(
      () => parseCatalog(catalogWithItem({ price: "3.201" })),
      "items.0.price",
      "has 3 decimals but EUR allows at most 2",
    );
    for (const price of ["0", "3", "3.2", "3.20", "999999999999999.99"]) {
      expect(parseCatalog(catalogWithItem({ price })).items[0]?.price).toBe(price);
    }
  });

  test("checks a variant price override against the catalog unit", () => {
    const variants = [{ id: "big", label: "Big", price: "2.505", available: true }];
    expectIssue(() => parseCatalog(catalogWithItem({ variants })), "items.0.variants.0.price", "has 3 decimals");
  });

  test("allows as many decimals as the price unit has: none for JPY, three for KWD", () => {
    expect(
      parseCatalog({
        ...catalogWithItem({ price: "320" }),
        priceUnit: "JPY",
        items: [{ ...validCatalog().items[0]!, price: "320" }],
      }).priceUnit,
    ).toBe("JPY");
    expectIssue(() => parseCatalog({ ...validCatalog(), priceUnit: "JPY" }), "items.0.price", "JPY allows at most 0");
    expect(parseCatalog({ ...catalogWithItem({ price: "1.250" }), priceUnit: "KWD" }).items[0]?.price).toBe("1.250");
  });

  test("rejects an oversize title or description and a blank title", () => {
    expectIssue(() => parseCatalog(catalogWithItem({ title: "t".repeat(121) })), "items.0.title", "at most 120");
    expectIssue(
      () => parseCatalog(catalogWithItem({ description: "d".repeat(2001) })),
      "items.0.description",
      "at most 2000",
    );
    expectIssue(() => parseCatalog(catalogWithItem({ title: "" })), "items.0.title", "must not be empty");
  });

  test("rejects a unit that is not a short slug", () => {
    expectIssue(() => parseCatalog(catalogWithItem({ unit: "Kg" })), "items.0.unit", "lower-case slug");
    expectIssue(() => parseCatalog(catalogWithItem({ unit: "a-very-long-unit-name" })), "items.0.unit", "at most 16");
  });

  test("rejects an updatedAt that is not an ISO date-time with a time zone", () => {
    for (const updatedAt of ["yesterday", "2026-05-01", "2026-05-01T09:30:00", "2026-13-01T09:30:00Z"]) {
      expectIssue(() => parseCatalog({ ...validCatalog(), updatedAt }), "updatedAt", "ISO 8601");
    }
  });

  test("rejects availability flags that are not booleans", () => {
    expectIssue(() => parseCatalog(catalogWithItem({ available: "yes" })), "items.0.available", "true or false");
  });

  test("rejects another catalog version", () => {
    expectIssue(
      () => parseCatalog({ ...validCatalog(), schema: "grandrue.catalog/0" }),
      "schema",
      'unsupported schema "grandrue.catalog/0"',
    );
  });
});
