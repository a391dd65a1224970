import type { KuboRPCClient } from "kubo-rpc-client";
import { IpfsWriteError } from "./errors.ts";

export interface IpfsWriterOptions {
  /** Kubo RPC API base, e.g. `http://127.0.0.1:5001` (the dev node) or a pinning service's Kubo endpoint. */
  apiUrl: string;
}

export interface AddOptions {
  /** Name sent with the upload (Kubo shows it as `Name`); it does not change the CID. */
  filename?: string;
  signal?: AbortSignal;
}

export interface IpfsWriter {
  /** Adds and pins `bytes`; returns the CIDv1 string (`bafkrei…` up to 256 KiB, `bafybei…` above). */
  addBytes(bytes: Uint8Array, options?: AddOptions): Promise<string>;
  /** Adds and pins `JSON.stringify(value)` as UTF-8; returns its CIDv1. */
  addJson(value: unknown, options?: AddOptions): Promise<string>;
}

/**
 * Creates a writer over the Kubo RPC API (`/api/v0/add` with `cid-version=1`, raw leaves, pinned),
 * so the CIDs match what any Kubo node, pinning service or the dev node computes for the same bytes.
 * `kubo-rpc-client` is loaded on the first write, keeping it out of read-only browser bundles.
 *
 * @example
 * const writer = createIpfsWriter({ apiUrl: 'http://127.0.0.1:5001' })
 * const catalogCid = await writer.addJson(catalog, { filename: 'catalog.json' })
 */
export function createIpfsWriter({ apiUrl }: IpfsWriterOptions): IpfsWriter {
  let client: Promise<KuboRPCClient> | undefined;
  const kubo = (): Promise<KuboRPCClient> =>
    (client ??= import("kubo-rpc-client").then(({ create }) => create({ url: apiUrl })));

  const addBytes = async (bytes: Uint8Array, { filename, signal }: AddOptions = {}): Promise<string> => {
    try {
      const entry = filename === undefined ? bytes : { path: filename, content: bytes };
      const { cid } = await (await kubo()).add(entry, { cidVersion: 1, rawLeaves: true, pin: true, signal });
      return cid.toString();
    } catch (error) {
      if (signal?.aborted === true) throw signal.reason;
      throw new IpfsWriteError(apiUrl, error instanceof Error ? error.message : String(error), error);
    }
  };

  const addJson = async (value: unknown, options?: AddOptions): Promise<string> => {
    const json = JSON.stringify(value);
    if (json === undefined) throw new IpfsWriteError(apiUrl, `a ${typeof value} value is not JSON`);
    return addBytes(new TextEncoder().encode(json), options);
  };

  return { addBytes, addJson };
}
