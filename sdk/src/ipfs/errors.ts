/** Base class of every error thrown by the SDK's IPFS client. */
export class IpfsError extends Error {
  override name = "IpfsError";
}

/** The string or bytes given are not a CID. */
export class InvalidCidError extends IpfsError {
  override name = "InvalidCidError";
  readonly input: string;

  constructor(input: string, cause?: unknown) {
    super(`Not a valid CID: "${input}"${cause instanceof Error ? ` (${cause.message})` : ""}`, { cause });
    this.input = input;
  }
}

/** The CID is valid but uses a hash or codec this client cannot verify or decode. */
export class UnsupportedCidError extends IpfsError {
  override name = "UnsupportedCidError";
  readonly cid: string;

  constructor(cid: string, reason: string) {
    super(`Cannot read ${cid}: ${reason}`);
    this.cid = cid;
  }
}

/** The verified content is not what was asked for, e.g. a UnixFS directory where a file was expected. */
export class UnexpectedContentError extends IpfsError {
  override name = "UnexpectedContentError";
  readonly cid: string;

  constructor(cid: string, reason: string, cause?: unknown) {
    super(`${cid}: ${reason}`, { cause });
    this.cid = cid;
  }
}

/** Writing to IPFS failed; {@link ReplicaQuorumError} says which replicas refused and why. */
export class IpfsWriteError extends IpfsError {
  override name = "IpfsWriteError";
}

/**
 * Why one replica did not store a document: no valid token (`unauthorized`), a token not allowed to write there
 * (`forbidden`), no answer (`unreachable`, `timeout`), or an answer refusing the upload (`refused`).
 */
export type ReplicaFailureReason = "unauthorized" | "forbidden" | "unreachable" | "timeout" | "refused";

/** One replica that did not store a document. */
export type ReplicaFailure = {
  /** The replica's name, as people read it (its host by default). */
  replica: string;
  apiUrl: string;
  reason: ReplicaFailureReason;
  /** The HTTP status, when the replica answered. */
  status?: number;
  /** The replica's own words, or the network error. */
  message: string;
};

/** Fewer replicas than the quorum stored a document: `failures` names each one that did not, and why. */
export class ReplicaQuorumError extends IpfsWriteError {
  override name = "ReplicaQuorumError";
  readonly cid: string;
  /** Names of the replicas that stored it. */
  readonly stored: readonly string[];
  readonly required: number;
  readonly failures: readonly ReplicaFailure[];

  constructor(cid: string, stored: readonly string[], required: number, failures: readonly ReplicaFailure[]) {
    const lines = failures.map(
      (failure) =>
        `\n  - ${failure.replica} (${failure.apiUrl}): ${failure.status === undefined ? "" : `HTTP ${failure.status}, `}${failure.message}`,
    );
    super(`${cid} is stored on ${stored.length} of the ${required} IPFS replicas required:${lines.join("")}`);
    this.cid = cid;
    this.stored = stored;
    this.required = required;
    this.failures = failures;
  }
}

/** One gateway could not deliver verified content; the reader moves on to the next gateway. */
export class GatewayError extends IpfsError {
  override name = "GatewayError";
  readonly gateway: string;

  constructor(gateway: string, reason: string, cause?: unknown) {
    super(`${gateway}: ${reason}`, { cause });
    this.gateway = gateway;
  }
}

/** The gateway answered with an HTTP error status. */
export class GatewayHttpError extends GatewayError {
  override name = "GatewayHttpError";
  readonly status: number;

  constructor(gateway: string, status: number) {
    super(gateway, `answered HTTP ${status}`);
    this.status = status;
  }
}

/** The gateway did not deliver the whole response within the time allowed. */
export class GatewayTimeoutError extends GatewayError {
  override name = "GatewayTimeoutError";

  constructor(gateway: string, timeoutMs: number) {
    super(gateway, `no complete answer within ${timeoutMs} ms`);
  }
}

/** The gateway could not be reached (connection refused, DNS, CORS, TLS…). */
export class GatewayUnreachableError extends GatewayError {
  override name = "GatewayUnreachableError";

  constructor(gateway: string, cause: unknown) {
    super(gateway, `unreachable (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
  }
}

/** The gateway's response is bigger than the reader's limit; reading stopped there. */
export class ContentTooLargeError extends GatewayError {
  override name = "ContentTooLargeError";
  readonly maxBytes: number;

  constructor(gateway: string, maxBytes: number) {
    super(gateway, `response exceeds the ${maxBytes}-byte read limit`);
    this.maxBytes = maxBytes;
  }
}

/** The gateway sent bytes whose hash does not match their CID: it lies (or is corrupt) and is not trusted again first. */
export class ContentMismatchError extends GatewayError {
  override name = "ContentMismatchError";
  readonly cid: string;

  constructor(gateway: string, cid: string) {
    super(gateway, `sent bytes that do not hash to ${cid}`);
    this.cid = cid;
  }
}

/** The gateway's response is not usable: not a CAR, or a CAR missing blocks of the DAG. */
export class InvalidGatewayResponseError extends GatewayError {
  override name = "InvalidGatewayResponseError";
}

/** No gateway delivered verified content; `failures` holds each gateway's error, in the order tried. */
export class AllGatewaysFailedError extends IpfsError {
  override name = "AllGatewaysFailedError";
  readonly cid: string;
  readonly failures: readonly GatewayError[];

  constructor(cid: string, failures: readonly GatewayError[]) {
    const lines = failures.map((failure) => `\n  - ${failure.message}`).join("");
    super(
      failures.length === 0
        ? `Cannot read ${cid}: no gateway is configured`
        : `Cannot read ${cid} from any gateway:${lines}`,
    );
    this.cid = cid;
    this.failures = failures;
  }
}
