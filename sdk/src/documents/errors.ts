/** One reason a document was rejected: the dotted path of the field (`items.3.price`) and why. */
export type DocumentIssue = {
  /** Dotted path from the document root, e.g. `items.3.price`; empty for the document itself. */
  readonly path: string;
  readonly message: string;
};

const MAX_ISSUES_IN_MESSAGE = 5;

/**
 * Thrown when a document does not match its schema. `issues` lists every problem found; the message names the
 * first few, so it can be shown or logged as is.
 * @example
 * try { parseCatalog(json) } catch (error) {
 *   if (error instanceof DocumentValidationError) console.log(error.issues) // [{ path: 'items.3.price', message: '…' }]
 * }
 */
export class DocumentValidationError extends Error {
  override name = "DocumentValidationError";
  /** The schema the document was checked against, e.g. `grandrue.catalog/1`. */
  readonly document: string;
  readonly issues: readonly DocumentIssue[];

  constructor(document: string, issues: readonly DocumentIssue[], options?: ErrorOptions) {
    super(describeIssues(document, issues), options);
    this.document = document;
    this.issues = issues;
  }
}

/** Thrown by the price helpers for a price, rate or decimal count they cannot convert exactly. */
export class InvalidPriceError extends Error {
  override name = "InvalidPriceError";
}

function describeIssues(document: string, issues: readonly DocumentIssue[]): string {
  const shown = issues
    .slice(0, MAX_ISSUES_IN_MESSAGE)
    .map((issue) => `${issue.path || "(document)"}: ${issue.message}`);
  const hidden = issues.length - shown.length;
  return `Invalid ${document}: ${shown.join("; ")}${hidden > 0 ? ` (and ${hidden} more)` : ""}`;
}
