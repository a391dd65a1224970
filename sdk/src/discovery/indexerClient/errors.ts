/** Base class of the errors of the indexer client. */
export class IndexerError extends Error {
  override name = "IndexerError";
  /** The indexer's base URL. */
  readonly indexerUrl: string;

  constructor(indexerUrl: string, message: string, options?: ErrorOptions) {
    super(`${indexerUrl}: ${message}`, options);
    this.indexerUrl = indexerUrl;
  }
}

/** The indexer refused the query (HTTP 400): `parameter` names the query parameter it found wrong. */
export class IndexerQueryError extends IndexerError {
  override name = "IndexerQueryError";
  readonly parameter: string;

  constructor(indexerUrl: string, parameter: string, message: string) {
    super(indexerUrl, message);
    this.parameter = parameter;
  }
}

/** Too many requests from this address (HTTP 429): try later or another indexer. */
export class IndexerRateLimitedError extends IndexerError {
  override name = "IndexerRateLimitedError";
}

/** The indexer could not be reached, timed out, failed (HTTP 5xx) or answered something that is not its API. */
export class IndexerUnavailableError extends IndexerError {
  override name = "IndexerUnavailableError";
}

/** The indexer follows another chain or another deployment than the caller's: none of its answers apply. */
export class IndexerMismatchError extends IndexerError {
  override name = "IndexerMismatchError";
}
