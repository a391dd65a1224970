// The catalog's CSV reader and writer need papaparse, and the import the words people see in both languages:
// `csvFile.ts` imports this module when a merchant imports or exports a spreadsheet (`await import`), so papaparse
// and the vocabulary stay out of the merchant pages. Importing the SDK itself dynamically would load all of it.
export { catalogToCsv, parseCatalogCsv } from "@grandrue/sdk";
export { CATALOG_TAG_NAMES } from "../../../locales/catalogTagNames.ts";
