import {
  catalogToCsv,
  DocumentValidationError,
  MAX_CATALOG_ITEMS,
  MAX_ITEM_TITLE_LENGTH,
  parseCatalog,
  parseCatalogCsv,
} from "@grandrue/sdk";
import { describe, expect, test } from "vitest";
import { CIDS, validCatalog } from "./fixtures.ts";

const UPDATED_AT = "2026-05-01T09:30:00Z";
const HEADER = "id,title,description,price,unit,available,categories,labels,pickup,delivery,variants,images";

function parse(text: string, priceUnit = "EUR") {
  return parseCatalogCsv(text, { priceUnit, updatedAt: UPDATED_AT });
}

describe("parseCatalogCsv", () => {
  test("reads a spreadsheet with every column into a valid catalog", () => {
    const csv = [
      HEADER,
      `baguette,Baguette tradition,Long fermentation.,1.20,piece,yes,bread,organic,yes,yes,,${CIDS.bread}`,
      `croissant,Croissant,,1.10,,yes,,,yes,no,plain:Plain;almond:Almond:1.60:no,${CIDS.croissant};${CIDS.v0}`,
    ].join("\n");

    const { catalog, rows, errors } = parse(csv);

    expect(errors).toEqual([]);
    expect(rows).toBe(2);
    expect(catalog).toEqual(validCatalog());
    expect(parseCatalog(catalog)).toEqual(catalog);
  });

  test("reads a French spreadsheet: semicolons, decimal commas, oui/non, euro signs, a BOM and CRLF line ends", () => {
    const csv =
      "\uFEFFid;title;price;available;pickup;delivery;variants\r\n" +
      'pain;Pain de campagne;3,20 €;oui;oui;non;"500g:500 g:1,90;1kg:1 kg"\r\n' +
      "brioche;Brioche;1 234,50;VRAI;non;Oui;\r\n";

    const { catalog, errors } = parse(csv);

    expect(errors).toEqual([]);
    expect(
      catalog?.items.map(({ id, price, available, pickup, delivery }) => ({ id, price, available, pickup, delivery })),
    ).toEqual([
      { id: "pain", price: "3.20", available: true, pickup: true, delivery: false },
      { id: "brioche", price: "1234.50", available: true, pickup: false, delivery: true },
    ]);
    expect(catalog?.items[0]?.variants).toEqual([
      { id: "500g", label: "500 g", price: "1.90", available: true },
      { id: "1kg", label: "1 kg", available: true },
    ]);
  });

  test("reads variants with an availability and escaped colons and semicolons in their labels", () => {
    const csv = `id,title,price,variants\ntee,T-shirt,15,"s:Taille\\: S;m:Taille\\: M:16:no;xl:Rouge \\; bleu::non"`;

    expect(parse(csv).catalog?.items[0]?.variants).toEqual([
      { id: "s", label: "Taille: S", available: true },
      { id: "m", label: "Taille: M", price: "16", available: false },
      { id: "xl", label: "Rouge ; bleu", available: false },
    ]);
  });

  test("lists every invalid row with its spreadsheet line and column, and keeps every valid row", () => {
    const csv = [
      "id,title,description,price,available,categories,variants",
      'ok-1,Bread,"Two lines,\nin one cell",1.20,yes,bread,',
      "bad-price,Cake,,abc,yes,,",
      "",
      "bad-flag,Tart,,2.00,maybe,,",
      "bad-category,Pie,,2.00,yes,!!!,",
      "ok-1,Again,,1.00,yes,,",
      "bad-variant,Jam,,4.00,yes,,s",
      "too-precise,Honey,,4.005,yes,,",
      "comma,Butter,,2,50,yes,,",
      "ok-2,Milk,,0.90,no,dairy,",
    ].join("\n");

    const { catalog, rows, errors } = parse(csv);

    expect(rows).toBe(9);
    expect(errors.map(({ line, column, code, values }) => ({ line, column, code, values }))).toEqual([
      { line: 3, column: "price", code: "invalidPrice", values: { text: "abc" } },
      { line: 5, column: "available", code: "notYesNo", values: { text: "maybe" } },
      { line: 6, column: "categories", code: "invalidTag", values: { text: "!!!" } },
      { line: 7, column: "id", code: "repeatedId", values: { id: "ok-1", firstLine: "2" } },
      { line: 8, column: "variants", code: "variantSyntax", values: { text: "s" } },
      { line: 9, column: "price", code: "tooManyDecimals", values: { text: "4.005", currency: "EUR", decimals: "2" } },
      { line: 10, column: undefined, code: "tooManyCells", values: { cells: "8", header: "7" } },
    ]);
    expect(errors.map((error) => error.message)).toEqual([
      '"abc" is not a price: write it like 3.20 or 3,20',
      '"maybe" must be yes or no (oui/non, true/false, vrai/faux and 1/0 work too)',
      '"!!!" has no letter or digit to make a category, label or unit of',
      'repeats item id "ok-1" of line 2',
      '"s" is not a variant: write id:label, id:label:price or id:label:price:no (\\: for a colon in a label)',
      '"4.005" has more decimals than EUR allows (2)',
      "has 8 cells but the header has 7 (quote a price with a decimal comma, or use ; as the delimiter)",
    ]);
    expect(catalog?.items.map((item) => item.id)).toEqual(["ok-1", "ok-2"]);
    expect(catalog?.items[0]?.description).toBe("Two lines,\nin one cell");
  });

  test("reads categories, labels and units as people see them, in French or English, any case, with or without accents", () => {
    const tagNames = {
      categories: [
        { name: "Épicerie", slug: "grocery" },
        { name: "Grocery", slug: "grocery" },
      ],
      labels: [
        { name: "Circuit court", slug: "short-circuit" },
        { name: "Short supply chain", slug: "short-circuit" },
        { name: "Bio", slug: "organic" },
      ],
      units: [
        { name: "pièce", slug: "piece" },
        { name: "botte", slug: "bunch" },
        { name: "bouquet", slug: "bunch" },
        { name: "bouquet", slug: "bouquet" },
      ],
    };
    const csv = [
      "id;title;price;unit;categories;labels",
      'a;Lentilles;3,20;Pièce;Épicerie;"Circuit court;BIO"',
      "b;Riz;2,10;BOTTE;EPICERIE;circuit COURT",
      'c;Thé;4,50;bouquet;grocery;"Short supply chain;short-circuit"',
      "d;Pain bio;1,20;;Pain de campagne;Fait main",
    ].join("\n");
    const { catalog, errors } = parseCatalogCsv(csv, { priceUnit: "EUR", updatedAt: UPDATED_AT, tagNames });

    expect(errors).toEqual([]);
    expect(catalog?.items.map(({ unit, categories, labels }) => ({ unit, categories, labels }))).toEqual([
      { unit: "piece", categories: ["grocery"], labels: ["short-circuit", "organic"] },
      { unit: "bunch", categories: ["grocery"], labels: ["short-circuit"] },
      { unit: "bouquet", categories: ["grocery"], labels: ["short-circuit"] },
      { unit: undefined, categories: ["pain-de-campagne"], labels: ["fait-main"] },
    ]);
  });

  test("refuses a header that misses a required column or names an unknown one, on line 1", () => {
    const { catalog, rows, errors } = parse("id,titre,prix\nbread,Bread,1.20\n");

    expect(catalog).toBeUndefined();
    expect(rows).toBe(1);
    expect(errors.map((error) => error.line)).toEqual([1, 1, 1]);
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringContaining('unknown column "titre"'),
      expect.stringContaining('unknown column "prix"'),
      "the header row must name the columns title, price",
    ]);
  });

  test("applies the schema limits and the currency precision to each row", () => {
    const longTitle = "x".repeat(MAX_ITEM_TITLE_LENGTH + 1);
    const { errors } = parse(`id,title,price\nlong,${longTitle},1\nyen,Mochi,150.5\n`, "JPY");

    expect(errors).toEqual([
      {
        line: 2,
        column: "title",
        code: "tooLong",
        values: { max: String(MAX_ITEM_TITLE_LENGTH) },
        message: `is too long: at most ${MAX_ITEM_TITLE_LENGTH} characters`,
      },
      {
        line: 3,
        column: "price",
        code: "tooManyDecimals",
        values: { text: "150.5", currency: "JPY", decimals: "0" },
        message: '"150.5" has more decimals than JPY allows (0)',
      },
    ]);
  });

  test("refuses more items than a catalog holds, naming the first row too many", () => {
    const rows = Array.from({ length: MAX_CATALOG_ITEMS + 1 }, (_, index) => `item-${index},Item ${index},1.00`);
    const { catalog, errors } = parse(["id,title,price", ...rows].join("\n"));

    expect(catalog).toBeUndefined();
    expect(errors).toEqual([
      expect.objectContaining({
        line: MAX_CATALOG_ITEMS + 2,
        code: "tooManyItems",
        message: expect.stringContaining(`at most ${MAX_CATALOG_ITEMS} items`),
      }),
    ]);
  });

  test("reports a quote left open with its line", () => {
    const { errors } = parse('id,title,price\nbread,"Bread,1.20\n');

    expect(errors[0]).toMatchObject({ line: 2, message: expect.stringContaining("cannot be read as CSV") });
  });

  test("throws when the price unit is not a currency code", () => {
    expect(() => parseCatalogCsv(HEADER, { priceUnit: "euro" })).toThrow(DocumentValidationError);
  });
});

describe("catalogToCsv", () => {
  test("writes a catalog that parseCatalogCsv reads back unchanged", () => {
    const catalog = validCatalog();
    const csv = catalogToCsv(catalog);

    expect(csv.split("\r\n")[0]).toBe(HEADER);
    expect(parse(csv)).toEqual({ catalog, rows: 2, errors: [] });
  });

  test("round-trips with semicolons and decimal commas, formulas, line breaks and escaped variant labels", () => {
    const catalog = validCatalog();
    catalog.items[0]!.title = '=HYPERLINK("https://evil.example")';
    catalog.items[0]!.description = "-5 % on Mondays\nsee the shop's board";
    catalog.items[1]!.variants = [
      { id: "mix", label: "Plain: 2; almond: 1", price: "2.90", available: true },
      { id: "slash", label: "A\\B", available: false },
    ];

    const csv = catalogToCsv(catalog, { delimiter: ";" });

    expect(csv).toContain(`;1,20;`);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
    expect(parse(csv).catalog).toEqual(catalog);
  });
});
