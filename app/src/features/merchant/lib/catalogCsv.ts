// The catalog's CSV reader and writer need papaparse: `csvFile.ts` imports this module when a merchant imports or
// exports a spreadsheet (`await import`), so papaparse stays out of the merchant pages. Importing the SDK itself
// dynamically would load all of it.
export { catalogToCsv, parseCatalogCsv } from "@grandrue/sdk";
