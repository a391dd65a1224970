import type { CID } from "multiformats/cid";
import { gatewayUrlFor } from "./cid.ts";
import {
  ContentMismatchError,
  GatewayHttpError,
  GatewayTimeoutError,
  GatewayUnreachableError,
  IpfsError,
} from "./errors.ts";
import { readLimited } from "./readLimited.ts";
import { blockMatchesCid } from "./verifyBlock.ts";

/** Multicodec of dag-pb, the UnixFS node format (kept here so @ipld/dag-pb stays in the lazy chunk). */
const DAG_PB_CODE = 0x70;

export interface GatewayReadOptions {
  /** Time allowed for the whole response, body included. */
  timeoutMs: number;
  /** Largest response body read, and largest file rebuilt. */
  maxBytes: number;
  fetch: typeof fetch;
  /** Cancels the read; its reason is rethrown as is. */
  signal?: AbortSignal;
  /** `no-store` asks the gateway itself even where a browser cached the (immutable) answer: replica checks. */
  cache?: RequestCache;
}

/**
 * Reads content from one trustless gateway and verifies it against `cid`: a dag-pb CID is fetched as
 * a CAR (`?format=car`), every block checked, and the UnixFS file rebuilt; any other codec is a single
 * block fetched with `?format=raw` and checked. Returns the file bytes (or the block for non-UnixFS codecs).
 *
 * @throws {GatewayError} (a subclass) when this gateway fails, times out or lies.
 * @throws {UnexpectedContentError} when the verified content is not a file.
 * @example const bytes = await readFromGateway('https://trustless-gateway.link', cid, { timeoutMs: 10_000, maxBytes: 5 << 20, fetch })
 */
export async function readFromGateway(gateway: string, cid: CID, options: GatewayReadOptions): Promise<Uint8Array> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal === undefined ? timeout : AbortSignal.any([options.signal, timeout]);
  const isUnixfsDag = cid.code === DAG_PB_CODE;
  const format = isUnixfsDag ? "car" : "raw";
  try {
    const response = await options.fetch(gatewayUrlFor(gateway, cid.toString(), format), {
      signal,
      headers: { Accept: `application/vnd.ipld.${format}` },
      ...(options.cache === undefined ? {} : { cache: options.cache }),
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new GatewayHttpError(gateway, response.status);
    }
    const body = await readLimited(response, options.maxBytes, gateway);
    if (isUnixfsDag) {
      // CAR decoding (cborg, protobuf) is loaded only when a chunked file is read: most reads are single blocks.
      const { unixfsFileFromCar } = await import("./unixfsFromCar.ts");
      return await unixfsFileFromCar(gateway, cid, body, options.maxBytes);
    }
    if (!(await blockMatchesCid(cid, body))) throw new ContentMismatchError(gateway, cid.toString());
    return body;
  } catch (error) {
    if (error instanceof IpfsError) throw error;
    if (options.signal?.aborted === true) throw options.signal.reason;
    if (timeout.aborted) throw new GatewayTimeoutError(gateway, options.timeoutMs);
    throw new GatewayUnreachableError(gateway, error);
  }
}
