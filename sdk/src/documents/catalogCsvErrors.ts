/**
 * What can be wrong in a catalog spreadsheet, as codes an app translates (with the values in `values`) and English
 * sentences for the command line. Each says what is wrong and how to write it instead.
 */
export type CatalogCsvErrorCode =
  /** The whole file: more characters than a catalog holds. `max` */
  | "fileTooLarge"
  /** The row cannot be read as CSV (a quote left open…). `detail` (English, from the CSV reader) */
  | "unreadable"
  /** A header cell names no column. `name`, `columns` (the known ones, comma-separated) */
  | "unknownColumn"
  /** A column named twice in the header. `name` */
  | "repeatedColumn"
  /** Required columns missing from the header. `columns` */
  | "missingColumns"
  /** More cells than header columns (a decimal comma with `,` as the delimiter). `cells`, `header` */
  | "tooManyCells"
  /** An empty required cell. */
  | "required"
  /** A text longer than the document allows. `max` */
  | "tooLong"
  /** More entries than the document allows (categories, labels, images, variants). `max` */
  | "tooMany"
  /** Not a yes/no word. `text` */
  | "notYesNo"
  /** An item id with other characters than letters, digits, `.`, `_`, `-`. `text` */
  | "invalidId"
  /** Not a price. `text` */
  | "invalidPrice"
  /** A price with more decimals than the shop's currency. `text`, `currency`, `decimals` */
  | "tooManyDecimals"
  /** A category, label or unit with nothing usable in it. `text` */
  | "invalidTag"
  /** A category, label or unit longer than a slug may be. `text`, `max` */
  | "tagTooLong"
  /** The same category or label twice in one cell. `text` */
  | "repeatedTag"
  /** Not an IPFS CID. `text` */
  | "invalidImage"
  /** A variant not written `id:label`, `id:label:price` or `id:label:price:no`. `text` */
  | "variantSyntax"
  /** A variant's availability that is not yes or no. `variant`, `text` */
  | "variantNotYesNo"
  /** A variant id with other characters than letters, digits, `.`, `_`, `-`. `variant` */
  | "variantInvalidId"
  /** A variant without a label, or with one too long. `variant`, `max` */
  | "variantLabel"
  /** A variant's price that is not a price. `variant`, `text` */
  | "variantInvalidPrice"
  /** Two variants with the same id. `variant` */
  | "repeatedVariant"
  /** An item id already used on an earlier line. `id`, `firstLine` */
  | "repeatedId"
  /** More items than a catalog holds: this row is the first too many. `max` */
  | "tooManyItems"
  /** Anything else the catalog schema refuses. `detail` (English, from the schema) */
  | "invalid";

/** The values a code's sentence names, as strings (a line number, a limit, the text found). */
export type CatalogCsvErrorValues = Readonly<Record<string, string>>;

const MESSAGES: Record<CatalogCsvErrorCode, (values: CatalogCsvErrorValues) => string> = {
  fileTooLarge: ({ max }) => `the file is too large: a catalog holds at most ${max} characters`,
  unreadable: ({ detail }) => `cannot be read as CSV: ${detail}`,
  unknownColumn: ({ name, columns }) => `unknown column "${name}" (the columns are ${columns})`,
  repeatedColumn: ({ name }) => `the column "${name}" appears twice`,
  missingColumns: ({ columns }) => `the header row must name the columns ${columns}`,
  tooManyCells: ({ cells, header }) =>
    `has ${cells} cells but the header has ${header} (quote a price with a decimal comma, or use ; as the delimiter)`,
  required: () => "is empty: fill it in",
  tooLong: ({ max }) => `is too long: at most ${max} characters`,
  tooMany: ({ max }) => `has too many entries: at most ${max}`,
  notYesNo: ({ text }) => `"${text}" must be yes or no (oui/non, true/false, vrai/faux and 1/0 work too)`,
  invalidId: ({ text }) =>
    `"${text}" is not an item id: use letters, digits, ".", "_" and "-", starting with a letter or digit`,
  invalidPrice: ({ text }) => `"${text}" is not a price: write it like 3.20 or 3,20`,
  tooManyDecimals: ({ text, currency, decimals }) =>
    `"${text}" has more decimals than ${currency} allows (${decimals})`,
  invalidTag: ({ text }) => `"${text}" has no letter or digit to make a category, label or unit of`,
  tagTooLong: ({ text, max }) => `"${text}" is too long for a category, label or unit: at most ${max} characters`,
  repeatedTag: ({ text }) => `"${text}" is there twice`,
  invalidImage: ({ text }) => `"${text}" is not an IPFS CID such as bafkrei…`,
  variantSyntax: ({ text }) =>
    `"${text}" is not a variant: write id:label, id:label:price or id:label:price:no (\\: for a colon in a label)`,
  variantNotYesNo: ({ variant, text }) =>
    `the availability of variant "${variant}", "${text}", must be yes or no (oui/non, true/false, vrai/faux and 1/0 work too)`,
  variantInvalidId: ({ variant }) =>
    `variant id "${variant}" must start with a letter or digit and use only letters, digits, ".", "_" and "-"`,
  variantLabel: ({ variant, max }) => `variant "${variant}" needs a label of 1 to ${max} characters`,
  variantInvalidPrice: ({ variant, text }) =>
    `the price of variant "${variant}", "${text}", is not a price: write it like 3.20`,
  repeatedVariant: ({ variant }) => `repeats variant id "${variant}"`,
  repeatedId: ({ id, firstLine }) => `repeats item id "${id}" of line ${firstLine}`,
  tooManyItems: ({ max }) => `a catalog holds at most ${max} items; this is one too many`,
  invalid: ({ detail }) => `${detail}`,
};

/**
 * A spreadsheet problem as an English sentence, for the command line and logs.
 * @example catalogCsvErrorMessage("invalidPrice", { text: "abc" }) // '"abc" is not a price: write it like 3.20 or 3,20'
 */
export function catalogCsvErrorMessage(code: CatalogCsvErrorCode, values: CatalogCsvErrorValues = {}): string {
  return MESSAGES[code](values);
}
