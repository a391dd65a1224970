import { MAX_STOCK, parseCatalog, parseShopMetadata } from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { expectIssue, validCatalog, validShop } from "./fixtures.ts";

function withStock() {
  const catalog = validCatalog();
  const [baguette, croissant] = catalog.items;
  return {
    ...catalog,
    items: [
      { ...baguette!, stock: 3, vatRate: "5.5" },
      { ...croissant!, variants: [{ ...croissant!.variants[0]!, stock: 0 }, croissant!.variants[1]!] },
    ],
  };
}

describe("grandrue.catalog/2", () => {
  test("carries stock counts per item and variant and a VAT rate per item", () => {
    const catalog = parseCatalog(withStock());
    expect(catalog.items[0]).toMatchObject({ stock: 3, vatRate: "5.5" });
    expect(catalog.items[1]?.variants[0]?.stock).toBe(0);
  });

  test("still reads version 1 documents, which have neither", () => {
    expect(parseCatalog({ ...validCatalog(), schema: "grandrue.catalog/1" }).schema).toBe("grandrue.catalog/1");
    expectIssue(
      () => parseCatalog({ ...withStock(), schema: "grandrue.catalog/1" }),
      "items.0.stock",
      'needs "grandrue.catalog/2"',
    );
    expectIssue(() => parseCatalog({ ...withStock(), schema: "grandrue.catalog/1" }), "items.1.variants.0.stock");
  });

  test("limits stock to whole numbers from 0 to MAX_STOCK", () => {
    const catalog = withStock();
    const item = (stock: unknown) => ({ ...catalog, items: [{ ...catalog.items[0]!, stock }] });
    expect(parseCatalog(item(MAX_STOCK)).items[0]?.stock).toBe(MAX_STOCK);
    expectIssue(() => parseCatalog(item(MAX_STOCK + 1)), "items.0.stock", `from 0 to ${MAX_STOCK}`);
    expectIssue(() => parseCatalog(item(-1)), "items.0.stock");
    expectIssue(() => parseCatalog(item(1.5)), "items.0.stock", "whole number");
    expectIssue(() => parseCatalog(item("3")), "items.0.stock", "must be a number");
  });

  test("takes VAT rates in percent with at most two decimals, up to 100", () => {
    const catalog = withStock();
    const item = (vatRate: unknown) => ({ ...catalog, items: [{ ...catalog.items[0]!, vatRate }] });
    for (const rate of ["0", "2.1", "8.1", "20", "100"]) expect(parseCatalog(item(rate)).items[0]?.vatRate).toBe(rate);
    for (const rate of ["20%", "5,5", "05", "100.5", "8.125", 20])
      expectIssue(() => parseCatalog(item(rate)), "items.0.vatRate");
  });

  test("names both versions when the schema is neither", () => {
    expectIssue(
      () => parseCatalog({ ...validCatalog(), schema: "grandrue.catalog/3" }),
      "schema",
      'expected "grandrue.catalog/2" or "grandrue.catalog/1"',
    );
  });
});

describe("grandrue.shop/2", () => {
  const legal = { name: "SARL Fournil de la Halle", siret: "73282932000074", vatNumber: "FR40303265045" };

  test("carries the shop's legal identity for receipts", () => {
    expect(parseShopMetadata({ ...validShop(), legal }).legal).toEqual(legal);
    expect(
      parseShopMetadata({
        ...validShop(),
        legal: { name: "Velo Sàrl", ide: "CHE-116.281.710", vatNumber: "CHE-116.281.710 TVA" },
      }).legal?.ide,
    ).toBe("CHE-116.281.710");
  });

  test("checks the numbers' check digits and shapes", () => {
    const shop = (change: object) => ({ ...validShop(), legal: { ...legal, ...change } });
    expectIssue(() => parseShopMetadata(shop({ siret: "73282932000075" })), "legal.siret", "check digit");
    expectIssue(() => parseShopMetadata(shop({ siret: "732 829 320 00074" })), "legal.siret", "14 digits");
    expectIssue(() => parseShopMetadata(shop({ ide: "CHE-116.281.711" })), "legal.ide", "check digit");
    expectIssue(() => parseShopMetadata(shop({ ide: "CHE116281710" })), "legal.ide", "CHE-123.456.789");
    expectIssue(() => parseShopMetadata(shop({ vatNumber: "FR41303265045" })), "legal.vatNumber", "VAT number");
    expectIssue(() => parseShopMetadata(shop({ name: "" })), "legal.name", "must not be empty");
  });

  test("refuses a legal identity in a version 1 document, which still reads", () => {
    expect(parseShopMetadata({ ...validShop(), schema: "grandrue.shop/1" }).schema).toBe("grandrue.shop/1");
    expectIssue(
      () => parseShopMetadata({ ...validShop(), schema: "grandrue.shop/1", legal }),
      "legal",
      'needs "grandrue.shop/2"',
    );
  });
});
