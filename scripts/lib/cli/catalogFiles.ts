import { CATALOG_CSV_COLUMNS, type Catalog, parseCatalog, parseCatalogCsv } from "@grandrue/sdk";
import { CATALOG_TAG_NAMES } from "../../../app/src/locales/catalogTagNames.ts";
import { CliError } from "./errors.ts";

/** How catalog files are described in `catalog publish --help`. */
export const CATALOG_FILE_HELP = `The file is read by its extension:
  .json  a grandrue.catalog/2 (or /1) document, as catalog export writes it (its updatedAt is set to now)
  .csv   a spreadsheet saved as CSV, one item a row, with the header row
         ${CATALOG_CSV_COLUMNS.join(",")}
         id, title and price are required, the other columns may be left out. The delimiter is , or ;
         (French spreadsheets: ; and decimal commas such as 3,20 work as they are).
           available, pickup, delivery  yes/no (oui/non, true/false, vrai/faux, 1/0); empty means yes
           unit                         a unit as the app shows it (pièce, botte, kg) or its slug (piece)
           categories, labels           separated by ;  as the app shows them, in French or English, any case,
                                        with or without accents (Pain;Bio;Circuit court), or as slugs
                                        (bread;organic;short-circuit); other words become slugs (Pain bio → pain-bio)
           variants                     id:label, id:label:price or id:label:price:no (unavailable),
                                        separated by ;  e.g. s:Small;m:Medium:3.50;l:Large:4.00:no
                                        (in a label write \\: for a colon and \\; for a semicolon)
           images                       CIDs separated by ;
         Every row is checked before anything is published: invalid rows are listed with their line (the header
         is line 1) and the command stops.
Prices are in the shop's price unit (from its metadata), with at most its decimals (2 for EUR).`;

/** The current time as a document timestamp, without milliseconds. */
function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * The catalog of a CSV file, or a CliError listing each invalid row with its line, so nothing is published until
 * the whole file is right.
 */
export function catalogFromCsv(text: string, priceUnit: string, path: string): Catalog {
  const { catalog, errors } = parseCatalogCsv(text, { priceUnit, tagNames: CATALOG_TAG_NAMES });
  if (catalog !== undefined && errors.length === 0) return catalog;
  const lines = new Set(errors.map((error) => error.line)).size;
  throw new CliError(
    `${path} has ${lines === 1 ? "1 line" : `${lines} lines`} to fix; nothing was published`,
    errors.map(
      (error) => `line ${error.line}${error.column === undefined ? "" : ` (${error.column})`}: ${error.message}`,
    ),
  );
}

/**
 * The catalog of a JSON file (a `grandrue.catalog/2` or `/1` document, `updatedAt` set to now), in the shop's price unit.
 * @throws DocumentValidationError naming invalid fields; CliError when the price unit is not the shop's.
 */
export function catalogFromJson(json: unknown, priceUnit: string, path: string): Catalog {
  const catalog = parseCatalog(typeof json === "object" && json !== null ? { ...json, updatedAt: now() } : json);
  if (catalog.priceUnit !== priceUnit) {
    throw new CliError(`${path} has prices in ${catalog.priceUnit}, but the shop sells in ${priceUnit}`);
  }
  return catalog;
}
