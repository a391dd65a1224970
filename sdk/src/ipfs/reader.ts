import { parseCid } from "./cid.ts";
import { AllGatewaysFailedError, ContentMismatchError, GatewayError, UnexpectedContentError } from "./errors.ts";
import { readFromGateway } from "./readFromGateway.ts";
import { assertVerifiable } from "./verifyBlock.ts";

export const DEFAULT_READ_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_READ_BYTES = 5 * 1024 * 1024;

export interface IpfsReaderOptions {
  /** Trustless gateway base URLs (e.g. `http://127.0.0.1:5001`), tried in this order. */
  gateways: readonly string[];
  /** Time allowed per gateway, body included. @default 10 s */
  timeoutMs?: number;
  /** Largest response read from a gateway and largest file returned. @default 5 MiB */
  maxBytes?: number;
  /** Replaces the global `fetch` (tests, custom agents). */
  fetch?: typeof fetch;
}

export interface ReadOptions {
  /** Cancels the whole read; no further gateway is tried. */
  signal?: AbortSignal;
}

export interface IpfsReader {
  /** The bytes of a UnixFS file (or raw block) named by `cid`, verified against it. */
  getBytes(cid: string, options?: ReadOptions): Promise<Uint8Array>;
  /** `getBytes`, then UTF-8 and JSON decoding; validate the result with a schema. */
  getJson(cid: string, options?: ReadOptions): Promise<unknown>;
  /** Gateways caught sending bytes that do not match the CID; later reads try them last. */
  readonly lyingGateways: ReadonlySet<string>;
}

/**
 * Creates a reader that never trusts a gateway: each answer is hashed and compared with the CID
 * (`?format=raw` for a single block, `?format=car` for a chunked UnixFS file). A gateway that
 * fails, times out or lies is skipped for the next one; if none delivers, the error lists them all.
 *
 * @example
 * const ipfs = createIpfsReader({ gateways: ['http://127.0.0.1:5001', 'https://trustless-gateway.link'] })
 * const catalog = CatalogSchema.parse(await ipfs.getJson(shop.catalogCid))
 */
export function createIpfsReader(options: IpfsReaderOptions): IpfsReader {
  const timeoutMs = options.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_READ_BYTES;
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const lyingGateways = new Set<string>();

  const getBytes = async (cidText: string, { signal }: ReadOptions = {}): Promise<Uint8Array> => {
    const cid = parseCid(cidText);
    assertVerifiable(cid);
    const honestFirst = [...options.gateways].sort(
      (a, b) => Number(lyingGateways.has(a)) - Number(lyingGateways.has(b)),
    );
    const failures: GatewayError[] = [];
    for (const gateway of honestFirst) {
      try {
        return await readFromGateway(gateway, cid, { timeoutMs, maxBytes, fetch: fetchImpl, signal });
      } catch (error) {
        if (!(error instanceof GatewayError)) throw error;
        if (error instanceof ContentMismatchError) lyingGateways.add(gateway);
        failures.push(error);
      }
    }
    throw new AllGatewaysFailedError(cid.toString(), failures);
  };

  const getJson = async (cid: string, options?: ReadOptions): Promise<unknown> =>
    decodeJsonContent(cid, await getBytes(cid, options));

  return { getBytes, getJson, lyingGateways };
}

/**
 * Decodes verified content as UTF-8 JSON, as `getJson` does: for callers that keep the bytes too (to copy them to
 * replicas). Validate the result with a schema.
 * @throws {UnexpectedContentError} when the bytes are not UTF-8 JSON.
 */
export function decodeJsonContent(cid: string, bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    throw new UnexpectedContentError(cid, `is not UTF-8 JSON (${(error as Error).message})`, error);
  }
}
