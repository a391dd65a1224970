import Papa from "papaparse";
import type * as z from "zod/mini";
import {
  CATALOG_SCHEMA_ID,
  type Catalog,
  type CatalogItem,
  type CatalogVariant,
  catalogItemSchema,
  parseCatalog,
} from "./catalog.ts";
import { type CatalogCsvErrorCode, type CatalogCsvErrorValues, catalogCsvErrorMessage } from "./catalogCsvErrors.ts";
import { type CatalogTagNames, catalogTagResolver, type TagResolver } from "./catalogTags.ts";
import { DocumentValidationError } from "./errors.ts";
import { currencyCode } from "./fields/money.ts";
import { MAX_CATALOG_ITEMS, MAX_SLUG_LENGTH, MAX_UNIT_LENGTH, MAX_VARIANT_LABEL_LENGTH } from "./limits.ts";
import { currencyMinorUnits } from "./price.ts";
import { MAX_DOCUMENT_BYTES } from "./registry.ts";

/**
 * The columns of a catalog spreadsheet, in the order {@link catalogToCsv} writes them. One row per item:
 *
 * | column | what to write | when empty |
 * |---|---|---|
 * | `id` | the item's stable id: letters, digits, `.`, `_`, `-` | required |
 * | `title` | the item's name | required |
 * | `description` | free text, line breaks allowed | no description |
 * | `price` | `3.20`, or `3,20` with a decimal comma; spaces and a trailing `€`, `$`, `£` or the currency code are ignored | required |
 * | `unit` | what one unit is: a slug (`kg`, `piece`, `bunch`) or a word people see (`pièce`, `botte`) | no unit |
 * | `available`, `pickup`, `delivery` | `yes`/`no`, `oui`/`non`, `true`/`false`, `vrai`/`faux` or `1`/`0` | yes |
 * | `categories`, `labels` | separated by `;`: slugs (`bread;organic`) or the words people see (`Pain;Bio`, `Circuit court`), any case, with or without accents; other words become slugs (`Pain bio` → `pain-bio`) | none |
 * | `variants` | `id:label`, `id:label:price` or `id:label:price:no` (unavailable), separated by `;`; in a label write `\:` for `:`, `\;` for `;` and `\\` for `\` | no variants |
 * | `images` | CIDs separated by `;` | no images |
 *
 * Columns may come in any order and the optional ones may be left out; names are not case-sensitive. The delimiter is
 * `,` or `;` (read from the header row), so files saved by a French spreadsheet work as they are.
 */
export const CATALOG_CSV_COLUMNS = [
  "id",
  "title",
  "description",
  "price",
  "unit",
  "available",
  "categories",
  "labels",
  "pickup",
  "delivery",
  "variants",
  "images",
] as const;

export type CatalogCsvColumn = (typeof CATALOG_CSV_COLUMNS)[number];

/** One problem found in a catalog spreadsheet, where the merchant sees it: row `line` (the header is line 1). */
export type CatalogCsvError = {
  readonly line: number;
  readonly column?: CatalogCsvColumn;
  /** What is wrong, for an app to say in its reader's language with `values`. */
  readonly code: CatalogCsvErrorCode;
  readonly values: CatalogCsvErrorValues;
  /** The same in English (see {@link catalogCsvErrorMessage}), for the command line. */
  readonly message: string;
};

export type ParseCatalogCsvOptions = {
  /** The shop's price unit (ISO 4217, e.g. `EUR`): it says how many decimals prices may have. */
  priceUnit: string;
  /** The catalog's `updatedAt`; defaults to now. */
  updatedAt?: string;
  /**
   * The words people see for categories, labels and units (an app's chips and pages, in every language it speaks):
   * a cell may hold them instead of slugs, in any case, with or without accents. Other words become slugs as the
   * app's forms make them.
   */
  tagNames?: CatalogTagNames;
};

export type ParseCatalogCsvResult = {
  /**
   * Every valid row as a `grandrue.catalog/1` document (rows listed in `errors` are left out). Absent when the file
   * cannot be read as a catalog at all: a header without the required columns, or more items than a catalog holds.
   */
  catalog?: Catalog;
  /** Data rows read (empty rows are not counted). */
  rows: number;
  /** Every invalid row and cell, in line order; empty when the whole file is valid. */
  errors: CatalogCsvError[];
};

export type CatalogToCsvOptions = {
  /** `;` also writes prices with a decimal comma, as spreadsheets set to French expect. @default ',' */
  delimiter?: "," | ";";
};

const REQUIRED_COLUMNS: readonly CatalogCsvColumn[] = ["id", "title", "price"];
const TRUE_WORDS = new Set(["yes", "oui", "true", "vrai", "1"]);
const FALSE_WORDS = new Set(["no", "non", "false", "faux", "0"]);
/** A cell a spreadsheet would run as a formula; written with a leading `'` (any `'` before it kept). */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA_START = /^'+[=+\-@\t\r]/;
const PRICE_DECORATIONS = /[\s\u00a0\u202f€$£]/g;
const MAX_CSV_CHARACTERS = MAX_DOCUMENT_BYTES.catalog;

/** A problem as it is found, before it gets its line. */
type Problem = { column?: CatalogCsvColumn; code: CatalogCsvErrorCode; values?: Record<string, string | number> };

function toError(line: number, { column, code, values = {} }: Problem): CatalogCsvError {
  const text = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, String(value)]));
  return {
    line,
    ...(column !== undefined && { column }),
    code,
    values: text,
    message: catalogCsvErrorMessage(code, text),
  };
}

/**
 * Reads a catalog spreadsheet saved as CSV (see {@link CATALOG_CSV_COLUMNS} for the columns). Each row is checked
 * with the catalog item schema, so an invalid row is reported with its line, its column and what to write instead,
 * and every valid row is kept: the merchant fixes the rows listed and imports again. Categories, labels and units
 * may be written as people see them when `tagNames` names them.
 * @throws DocumentValidationError if `priceUnit` is not a currency code or `updatedAt` not an ISO date-time.
 * @example
 * const { catalog, errors } = parseCatalogCsv(await file.text(), { priceUnit: 'EUR' })
 * for (const { line, column, message } of errors) console.log(`line ${line}${column ? ` (${column})` : ''}: ${message}`)
 */
export function parseCatalogCsv(text: string, options: ParseCatalogCsvOptions): ParseCatalogCsvResult {
  const priceUnit = checkedPriceUnit(options.priceUnit);
  const content = text.replace(/^\uFEFF/, "");
  if (content.length > MAX_CSV_CHARACTERS) {
    return { rows: 0, errors: [toError(1, { code: "fileTooLarge", values: { max: MAX_CSV_CHARACTERS } })] };
  }
  const parsed = Papa.parse<string[]>(content, { delimiter: headerDelimiter(content), skipEmptyLines: false });
  const unreadableRows = new Set(parsed.errors.flatMap((error) => (error.row === undefined ? [] : [error.row])));
  const errors: CatalogCsvError[] = parsed.errors.map((error) =>
    toError((error.row ?? 0) + 1, { code: "unreadable", values: { detail: error.message } }),
  );
  const [header = [], ...records] = parsed.data;
  const columns = readHeader(header, errors);
  const resolveTag = catalogTagResolver(options.tagNames);

  const items: CatalogItem[] = [];
  const lineOfId = new Map<string, number>();
  let rows = 0;
  records.forEach((cells, index) => {
    const line = index + 2;
    if (cells.every((cell) => cell.trim() === "")) return;
    rows += 1;
    if (columns === undefined || unreadableRows.has(index + 1)) return;
    const item = readItem(cells, { headerLength: header.length, columns, priceUnit, resolveTag }, (problem) =>
      errors.push(toError(line, problem)),
    );
    if (item === undefined) return;
    const firstLine = lineOfId.get(item.id);
    if (firstLine !== undefined) {
      errors.push(toError(line, { column: "id", code: "repeatedId", values: { id: item.id, firstLine } }));
      return;
    }
    lineOfId.set(item.id, line);
    items.push(item);
  });
  const isTooLong = items.length > MAX_CATALOG_ITEMS;
  if (isTooLong) {
    const firstExcess = [...lineOfId.values()][MAX_CATALOG_ITEMS] ?? 1;
    errors.push(toError(firstExcess, { code: "tooManyItems", values: { max: MAX_CATALOG_ITEMS } }));
  }
  errors.sort((a, b) => a.line - b.line);
  if (columns === undefined || isTooLong) return { rows, errors };
  const updatedAt = options.updatedAt ?? new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  return { catalog: parseCatalog({ schema: CATALOG_SCHEMA_ID, priceUnit, updatedAt, items }), rows, errors };
}

/**
 * Writes a catalog as a spreadsheet in the format {@link parseCatalogCsv} reads (header row, one row per item, CRLF
 * line ends). Texts a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`) get a leading `'`, which
 * {@link parseCatalogCsv} removes again.
 * @example const csv = catalogToCsv(catalog, { delimiter: ';' }) // "id;title;…\r\nbaguette;Baguette;…;1,20;…"
 */
export function catalogToCsv(catalog: Catalog, { delimiter = "," }: CatalogToCsvOptions = {}): string {
  const writePrice = (price: string) => (delimiter === ";" ? price.replace(".", ",") : price);
  const data = catalog.items.map((item) => {
    const cells: Record<CatalogCsvColumn, string> = {
      id: item.id,
      title: escapeFormula(item.title),
      description: escapeFormula(item.description),
      price: writePrice(item.price),
      unit: item.unit ?? "",
      available: yesNo(item.available),
      categories: item.categories.join(";"),
      labels: item.labels.join(";"),
      pickup: yesNo(item.pickup),
      delivery: yesNo(item.delivery),
      variants: item.variants.map((variant) => writeVariant(variant, writePrice)).join(";"),
      images: item.images.join(";"),
    };
    return CATALOG_CSV_COLUMNS.map((column) => cells[column]);
  });
  return Papa.unparse({ fields: [...CATALOG_CSV_COLUMNS], data }, { delimiter, newline: "\r\n" });
}

function checkedPriceUnit(priceUnit: string): string {
  const result = currencyCode.safeParse(priceUnit);
  if (!result.success) {
    throw new DocumentValidationError("catalog CSV", [
      { path: "priceUnit", message: result.error.issues[0]?.message ?? "is invalid" },
    ]);
  }
  return result.data;
}

/** `;` when the header row has more semicolons than commas (column names contain neither). */
function headerDelimiter(content: string): "," | ";" {
  const headerLine = content.split(/\r?\n/, 1)[0] ?? "";
  const count = (character: string) => headerLine.split(character).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/** The index of each column in the rows, or `undefined` (with errors on line 1) when the header is unusable. */
function readHeader(header: readonly string[], errors: CatalogCsvError[]): Map<CatalogCsvColumn, number> | undefined {
  const columns = new Map<CatalogCsvColumn, number>();
  const problems: Problem[] = [];
  header.forEach((name, index) => {
    const column = name.trim().toLowerCase();
    if (column === "") return;
    if (!isColumn(column)) {
      problems.push({ code: "unknownColumn", values: { name: name.trim(), columns: CATALOG_CSV_COLUMNS.join(", ") } });
    } else if (columns.has(column)) {
      problems.push({ code: "repeatedColumn", values: { name: column } });
    } else {
      columns.set(column, index);
    }
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.has(column));
  if (missing.length > 0) problems.push({ code: "missingColumns", values: { columns: missing.join(", ") } });
  errors.push(...problems.map((problem) => toError(1, problem)));
  return problems.length === 0 ? columns : undefined;
}

function isColumn(name: string): name is CatalogCsvColumn {
  return (CATALOG_CSV_COLUMNS as readonly string[]).includes(name);
}

type RowContext = {
  headerLength: number;
  columns: ReadonlyMap<CatalogCsvColumn, number>;
  priceUnit: string;
  resolveTag: TagResolver;
};

/** One row as a valid catalog item, or `undefined` after reporting every problem of the row. */
function readItem(
  cells: readonly string[],
  { headerLength, columns, priceUnit, resolveTag }: RowContext,
  report: (problem: Problem) => void,
): CatalogItem | undefined {
  if (cells.length > headerLength) {
    report({ code: "tooManyCells", values: { cells: cells.length, header: headerLength } });
    return undefined;
  }
  const cell = (column: CatalogCsvColumn) => {
    const index = columns.get(column);
    return index === undefined ? "" : (cells[index] ?? "");
  };
  let isReadable = true;
  const failed = (problem: Problem) => {
    isReadable = false;
    report(problem);
  };
  const flag = (column: "available" | "pickup" | "delivery") => {
    const value = readBoolean(cell(column));
    if (value === undefined) failed({ column, code: "notYesNo", values: { text: cell(column).trim() } });
    return value ?? true;
  };
  const tags = (column: "categories" | "labels") => {
    const slugs = new Set<string>();
    for (const entry of readList(cell(column))) {
      const slug = readTag(column, entry, resolveTag, failed);
      if (slug !== undefined) slugs.add(slug);
    }
    return [...slugs];
  };
  const variants = readVariants(cell("variants"), priceUnit);
  if (!Array.isArray(variants)) failed({ column: "variants", ...variants });
  const unitCell = cell("unit").trim();
  const unit = unitCell === "" ? undefined : readTag("unit", unitCell, resolveTag, failed);
  const draft = {
    id: cell("id").trim(),
    title: unescapeFormula(cell("title")),
    description: unescapeFormula(cell("description").replace(/\r\n?/g, "\n")),
    images: readList(cell("images")),
    price: readPrice(cell("price"), priceUnit),
    variants: Array.isArray(variants) ? variants : [],
    available: flag("available"),
    categories: tags("categories"),
    labels: tags("labels"),
    pickup: flag("pickup"),
    delivery: flag("delivery"),
    ...(unit !== undefined && { unit }),
  };
  if (!isReadable) return undefined;
  const result = catalogItemSchema.safeParse(draft);
  if (!result.success) {
    for (const issue of result.error.issues) report(problemOfIssue(issue, draft, cell));
    return undefined;
  }
  const tooPrecise = pricesOf(result.data).filter(
    ({ price }) => (price.split(".")[1]?.length ?? 0) > currencyMinorUnits(priceUnit),
  );
  for (const { column, price } of tooPrecise) {
    report({
      column,
      code: "tooManyDecimals",
      values: { text: price, currency: priceUnit, decimals: currencyMinorUnits(priceUnit) },
    });
  }
  return tooPrecise.length === 0 ? result.data : undefined;
}

/** A category, label or unit cell entry as its slug, or `undefined` after reporting why it cannot be one. */
function readTag(
  column: "categories" | "labels" | "unit",
  text: string,
  resolveTag: TagResolver,
  failed: (problem: Problem) => void,
): string | undefined {
  const slug = resolveTag(column === "unit" ? "units" : column, text);
  const max = column === "unit" ? MAX_UNIT_LENGTH : MAX_SLUG_LENGTH;
  if (slug === undefined) failed({ column, code: "invalidTag", values: { text } });
  else if (slug.length > max) failed({ column, code: "tagTooLong", values: { text, max } });
  else return slug;
  return undefined;
}

/** What a schema issue means for the merchant: the column, and a code saying what to write instead. */
function problemOfIssue(
  issue: z.core.$ZodIssue,
  draft: { variants: readonly CatalogVariant[] },
  cell: (column: CatalogCsvColumn) => string,
): Problem {
  const [field, ...rest] = issue.path;
  const column = typeof field === "string" && isColumn(field) ? field : undefined;
  const limit = "maximum" in issue ? String(issue.maximum) : "";
  if (column === "variants" && typeof rest[0] === "number") {
    const variant = draft.variants[rest[0]];
    const name = variant?.id ?? String(rest[0] + 1);
    const part = rest[1];
    if (issue.code === "custom") return { column, code: "repeatedVariant", values: { variant: name } };
    if (part === "id") return { column, code: "variantInvalidId", values: { variant: name } };
    if (part === "label")
      return { column, code: "variantLabel", values: { variant: name, max: MAX_VARIANT_LABEL_LENGTH } };
    if (part === "price")
      return { column, code: "variantInvalidPrice", values: { variant: name, text: variant?.price ?? "" } };
  }
  if (column !== undefined && rest.length === 0) {
    const text = cell(column).trim();
    if (issue.code === "too_big")
      return {
        column,
        code: column === "title" || column === "description" || column === "id" ? "tooLong" : "tooMany",
        values: { max: limit },
      };
    if (issue.code === "too_small" || text === "") return { column, code: "required" };
    if (column === "id") return { column, code: "invalidId", values: { text } };
    if (column === "price") return { column, code: "invalidPrice", values: { text } };
  }
  if ((column === "categories" || column === "labels") && issue.code === "custom") {
    return { column, code: "repeatedTag", values: { text: cell(column) } };
  }
  if (column === "images" && typeof rest[0] === "number") {
    return { column, code: "invalidImage", values: { text: readList(cell("images"))[rest[0]] ?? "" } };
  }
  return { ...(column !== undefined && { column }), code: "invalid", values: { detail: issue.message } };
}

function pricesOf(item: CatalogItem): { column: CatalogCsvColumn; price: string }[] {
  return [
    { column: "price", price: item.price },
    ...item.variants.flatMap((variant) =>
      variant.price === undefined ? [] : [{ column: "variants" as const, price: variant.price }],
    ),
  ];
}

function readBoolean(cell: string): boolean | undefined {
  const word = cell.trim().toLowerCase();
  if (word === "" || TRUE_WORDS.has(word)) return true;
  return FALSE_WORDS.has(word) ? false : undefined;
}

function readList(cell: string): string[] {
  return cell
    .split(";")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}

/** A price as the schema wants it: spaces, currency signs and the currency code dropped, a decimal comma made a point. */
function readPrice(cell: string, priceUnit: string): string {
  const bare = cell.replace(PRICE_DECORATIONS, "").replace(new RegExp(`^${priceUnit}|${priceUnit}$`, "i"), "");
  return /^\d*,\d+$/.test(bare) ? bare.replace(",", ".") : bare;
}

/** The variants of a cell, or the problem that keeps them from being read. */
function readVariants(cell: string, priceUnit: string): CatalogVariant[] | Omit<Problem, "column"> {
  const variants: CatalogVariant[] = [];
  for (const parts of splitEscaped(cell)) {
    if (parts.every((part) => part.trim() === "")) continue;
    const [id = "", label = "", price = "", available = ""] = parts.map((part) => part.trim());
    if (parts.length < 2 || parts.length > 4) return { code: "variantSyntax", values: { text: parts.join(":") } };
    const isAvailable = readBoolean(available);
    if (isAvailable === undefined) return { code: "variantNotYesNo", values: { variant: id, text: available } };
    variants.push({ id, label, ...(price !== "" && { price: readPrice(price, priceUnit) }), available: isAvailable });
  }
  return variants;
}

/** Splits a variants cell into entries (on `;`) and parts (on `:`), honouring `\;`, `\:` and `\\`. */
function splitEscaped(cell: string): string[][] {
  const entries: string[][] = [];
  let parts: string[] = [];
  let part = "";
  for (let index = 0; index < cell.length; index += 1) {
    const character = cell[index]!;
    if (character === "\\" && index + 1 < cell.length) {
      index += 1;
      part += cell[index];
    } else if (character === ":") {
      parts.push(part);
      part = "";
    } else if (character === ";") {
      entries.push([...parts, part]);
      parts = [];
      part = "";
    } else {
      part += character;
    }
  }
  entries.push([...parts, part]);
  return entries;
}

function writeVariant(variant: CatalogVariant, writePrice: (price: string) => string): string {
  const escapeSeparators = (text: string) => text.replace(/[\\:;]/g, (character) => `\\${character}`);
  const price = variant.price === undefined ? "" : writePrice(variant.price);
  const tail = variant.available ? (price === "" ? "" : `:${price}`) : `:${price}:no`;
  return `${escapeSeparators(variant.id)}:${escapeSeparators(variant.label)}${tail}`;
}

function yesNo(value: boolean): string {
  return value ? "yes" : "no";
}

function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function unescapeFormula(text: string): string {
  return ESCAPED_FORMULA_START.test(text) ? text.slice(1) : text;
}
