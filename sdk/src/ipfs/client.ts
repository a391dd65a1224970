import { parseCid } from "./cid.ts";
import { UnexpectedContentError } from "./errors.ts";
import type { IpfsReader, IpfsReaderOptions, ReadOptions } from "./reader.ts";
import { createIpfsReader, DEFAULT_MAX_READ_BYTES, DEFAULT_READ_TIMEOUT_MS } from "./reader.ts";
import { type CidReplicas, checkReplicas } from "./replicaCheck.ts";
import type { IpfsWriter, IpfsWriterOptions, PublishReceipt } from "./writer.ts";
import { createIpfsWriter } from "./writer.ts";

export type IpfsClientOptions = IpfsReaderOptions & IpfsWriterOptions;

export type ReplicateOptions = ReadOptions & {
  /** The content itself, when the caller has it (a buyer's copy on the device): checked against the CID, not read. */
  bytes?: Uint8Array;
};

export type CheckOptions = ReadOptions & {
  /** Reads at once. @default 8 */
  concurrency?: number;
};

export type IpfsClient = IpfsReader &
  IpfsWriter & {
    /**
     * Stores content that already exists (read verified from the gateways and the replicas, or given) on every
     * replica and pins it there: "publish again", and how a shop or an indexer keeps the documents it depends on.
     * @throws {AllGatewaysFailedError} when nobody has it and no bytes were given.
     * @throws {UnexpectedContentError} when the bytes are not what the CID names as Kubo lays files out.
     * @throws {ReplicaQuorumError} when fewer than `quorum` replicas stored it.
     */
    replicate(cid: string, options?: ReplicateOptions): Promise<PublishReceipt>;
    /** How many replicas hold each CID, every answer verified against the CID (a lying replica is never counted). */
    checkReplicas(cids: readonly string[], options?: CheckOptions): Promise<CidReplicas[]>;
  };

/**
 * One object for both directions: writes to the replicas (Kubo RPC), reads verified from `gateways`, and keeps
 * documents on the replicas. Use {@link createIpfsReader} alone where nothing is written.
 *
 * @example
 * const ipfs = createIpfsClient({ replicas: [{ apiUrl: 'http://127.0.0.1:5001', token }], gateways: ['http://127.0.0.1:5001'] })
 * const cid = await ipfs.addJson({ name: 'Boulangerie Martin' })
 * await ipfs.getJson(cid) // { name: 'Boulangerie Martin' }
 * const [{ held }] = await ipfs.checkReplicas([cid]) // 1
 */
export function createIpfsClient(options: IpfsClientOptions): IpfsClient {
  const reader = createIpfsReader(options);
  const writer = createIpfsWriter(options);
  const replicaGateways = writer.replicas.map(({ gatewayUrl }) => gatewayUrl);
  // Copies are read from the replicas too: a document one replica lost is usually on another.
  const sources = createIpfsReader({
    ...options,
    gateways: [...new Set([...options.gateways, ...replicaGateways])],
  });
  const readLimits = {
    timeoutMs: options.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_READ_BYTES,
    fetch: options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init)),
  };

  const replicate = async (cid: string, { bytes, signal }: ReplicateOptions = {}): Promise<PublishReceipt> => {
    const wanted = parseCid(cid);
    const content = bytes ?? (await sources.getBytes(cid, { signal }));
    const { unixfsFileBlocks } = await import("./fileBlocks.ts");
    const file = await unixfsFileBlocks(content);
    if (!file.root.equals(wanted))
      throw new UnexpectedContentError(
        cid,
        bytes === undefined
          ? "was not added as Kubo adds files with --cid-version=1 (raw leaves, 256 KiB chunks), so its blocks cannot be rebuilt here: pin it with the tool that wrote it"
          : "the bytes given are not this content",
      );
    return writer.publishBlocks(file, { signal });
  };

  const check = (cids: readonly string[], { signal, concurrency }: CheckOptions = {}): Promise<CidReplicas[]> =>
    checkReplicas(writer.replicas, cids, { ...readLimits, signal, concurrency });

  return { ...reader, ...writer, replicate, checkReplicas: check };
}
