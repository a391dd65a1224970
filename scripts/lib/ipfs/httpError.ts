/** An error that becomes an HTTP response with `status` and `message`. */
export class HttpError extends Error {
  readonly status: number;

  constructor(status: number, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "HttpError";
    this.status = status;
  }
}

/** Helia / UnixFS errors meaning "that block or path is not stored on this node". */
const NOT_FOUND = new Set([
  "BlockNotFoundWhileOfflineError",
  "NotFoundError",
  "DoesNotExistError",
  "LoadBlockFailedError",
]);

/** Helia / UnixFS errors meaning "what you asked for exists but is not something this call can serve". */
const UNSERVABLE = new Set([
  "NotUnixFSError",
  "NotAFileError",
  "NoContentError",
  "BadPathError",
  "NoResolverError",
  "UnknownCodecError",
  "InvalidPBNodeError",
]);

/**
 * Turns anything thrown while serving a request into an {@link HttpError}:
 * missing content is 404, content of the wrong kind is 400, anything else 500.
 *
 * @param subject What was asked for, e.g. `/ipfs/bafk…`, used in the 404 message.
 * @example
 * toHttpError(new HttpError(413, 'too big'), '/ipfs/bafk…').status // 413
 */
export function toHttpError(error: unknown, subject: string): HttpError {
  if (error instanceof HttpError) return error;
  const { name, message } = error instanceof Error ? error : { name: "Error", message: String(error) };
  if (NOT_FOUND.has(name))
    return new HttpError(
      404,
      `${subject} is not stored on this node (it is offline and never fetches from the network)`,
      { cause: error },
    );
  if (UNSERVABLE.has(name)) return new HttpError(400, message, { cause: error });
  return new HttpError(500, message, { cause: error });
}
