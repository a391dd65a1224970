import type { RelayerErrorCode } from "./types.ts";

/** A relayer refused a request or an intent failed; `code` says why (see relayer/README.md for each code). */
export class RelayerError extends Error {
  readonly code: RelayerErrorCode;
  /** The HTTP status of the answer, 0 when there was none (`Network`, `Timeout`, or an intent that failed later). */
  readonly status: number;
  /** More about the failure: for `SimulationReverted`, the decoded contract error `{ name, args }`. */
  readonly details?: unknown;

  constructor(
    code: RelayerErrorCode,
    message: string,
    options: { status?: number; details?: unknown; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "RelayerError";
    this.code = code;
    this.status = options.status ?? 0;
    this.details = options.details;
  }
}
