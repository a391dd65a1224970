import type { Catalog, CatalogCsvError, CatalogItem } from "@grandrue/sdk";
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
  const { parseCatalogCsv } = await import("./catalogCsv.ts");
  const { catalog, rows, errors } = parseCatalogCsv(text, { priceUnit });
  const merged = mergeImportedItems(items, catalog?.items ?? []);
  return { items: merged.items, report: { fileName, rows, added: merged.added, updated: merged.updated, errors } };
}

/**
 * The draft as a spreadsheet: `;` and decimal commas for French (what a French spreadsheet opens as is), `,` otherwise.
 */
export async function exportCatalogCsv(catalog: Catalog, language: string): Promise<Blob> {
  const { catalogToCsv } = await import("./catalogCsv.ts");
  const csv = catalogToCsv(catalog, { delimiter: language === "fr" ? ";" : "," });
  return new Blob(["\uFEFF", csv], { type: "text/csv;charset=utf-8" });
}
