import { CATALOG_SCHEMA_ID, type Catalog, type CatalogCsvError, type CatalogItem } from "@grandrue/sdk";
import { mergeImportedItems } from "./catalogItems.ts";

/** What importing a spreadsheet did to the draft, and every row it refused with its line and reason. */
export type CsvImportReport = {
  fileName: string;
  rows: number;
  added: number;
  updated: number;
  errors: CatalogCsvError[];
};

/**
 * Reads a catalog spreadsheet (the SDK's CSV module, loaded on first use) and merges its valid rows into `items`:
 * refused rows are reported with their line numbers and nothing already in the draft is lost.
 */
export async function importCatalogCsv(
  text: string,
  fileName: string,
  items: readonly CatalogItem[],
  priceUnit: string,
): Promise<{ items: CatalogItem[]; report: CsvImportReport }> {
  const { CATALOG_TAG_NAMES, parseCatalogCsv } = await import("./catalogCsv.ts");
  const { catalog, rows, errors } = parseCatalogCsv(text, { priceUnit, tagNames: CATALOG_TAG_NAMES });
  const merged = mergeImportedItems(items, catalog?.items ?? []);
  return { items: merged.items, report: { fileName, rows, added: merged.added, updated: merged.updated, errors } };
}

/**
 * The draft as a spreadsheet: `;` and decimal commas for French (what a French spreadsheet opens as is), `,` otherwise.
 */
export async function exportCatalogCsv(catalog: Catalog, language: string): Promise<Blob> {
  const { catalogToCsv } = await import("./catalogCsv.ts");
  return csvBlob(catalogToCsv(catalog, { delimiter: delimiterFor(language) }));
}

/** Words of one example row of the template, in the reader's language (`merchant:csv.example.*`). */
export type TemplateExample = {
  id: string;
  title: string;
  description: string;
  category: string;
  label: string;
  unit: string;
};

/**
 * A spreadsheet to start from: every column, and two example rows written as people write them — categories, labels
 * and units in the reader's words, prices with their decimal separator — which the import reads back as they are.
 */
export async function catalogCsvTemplate(
  examples: readonly TemplateExample[],
  priceUnit: string,
  language: string,
): Promise<Blob> {
  const { catalogToCsv } = await import("./catalogCsv.ts");
  const items = examples.map(
    (example, index): CatalogItem => ({
      id: example.id,
      title: example.title,
      description: example.description,
      images: [],
      price: index === 0 ? "3.20" : "4.50",
      variants: index === 0 ? [{ id: "1kg", label: "1 kg", price: "5.90", available: true }] : [],
      available: true,
      // Words, not slugs: the template shows what the import accepts.
      categories: [example.category],
      labels: [example.label],
      pickup: true,
      delivery: index !== 0,
      unit: example.unit,
    }),
  );
  const template: Catalog = { schema: CATALOG_SCHEMA_ID, priceUnit, updatedAt: new Date().toISOString(), items };
  return csvBlob(catalogToCsv(template, { delimiter: delimiterFor(language) }));
}

function delimiterFor(language: string): "," | ";" {
  return language === "fr" ? ";" : ",";
}

function csvBlob(csv: string): Blob {
  return new Blob(["\uFEFF", csv], { type: "text/csv;charset=utf-8" });
}
