import { IpfsWriteError, type ReplicaFailure, ReplicaQuorumError } from "./errors.ts";
import type { FileBlocks } from "./fileBlocks.ts";
import {
  checkedQuorum,
  defaultQuorum,
  InvalidReplicaConfigError,
  type IpfsReplica,
  type IpfsReplicaConfig,
  ipfsReplica,
} from "./replicas.ts";

export const DEFAULT_WRITE_TIMEOUT_MS = 30_000;

export type IpfsWriterOptions = (
  | {
      /** The nodes every document is written to, as CAR uploads (`dag/import`, pinned). */
      replicas: readonly IpfsReplicaConfig[];
      /** How many replicas must confirm a write. @default a majority ({@link defaultQuorum}) */
      quorum?: number;
    }
  | {
      /** One node's Kubo RPC API base, e.g. `http://127.0.0.1:5001`: the same as `replicas: [{ apiUrl, token }]`. */
      apiUrl: string;
      /** Sent as `Authorization: Bearer <token>`. */
      token?: string;
    }
) & {
  /** Time allowed for each replica to store a document. @default 30 s */
  writeTimeoutMs?: number;
};

export interface AddOptions {
  signal?: AbortSignal;
}

/** Which replicas stored a document. */
export type PublishReceipt = {
  cid: string;
  /** Names of the replicas that stored and pinned it. */
  stored: string[];
  /** The replicas that did not, and why. */
  failures: ReplicaFailure[];
};

export interface IpfsWriter {
  /** Where documents are written, and how many must confirm each write. */
  readonly replicas: readonly IpfsReplica[];
  readonly quorum: number;
  /**
   * Writes `bytes` as Kubo would add them (`--cid-version=1`, raw leaves) to every replica and returns which stored
   * it. @throws {ReplicaQuorumError} when fewer than `quorum` did.
   */
  publish(bytes: Uint8Array, options?: AddOptions): Promise<PublishReceipt>;
  /** `publish`, returning only the CIDv1 (`bafkrei…` up to 256 KiB, `bafybei…` above). */
  addBytes(bytes: Uint8Array, options?: AddOptions): Promise<string>;
  /** Adds `JSON.stringify(value)` as UTF-8; returns its CIDv1. */
  addJson(value: unknown, options?: AddOptions): Promise<string>;
  /** Writes already built blocks (a file's, see `unixfsFileBlocks`) to every replica. @throws {ReplicaQuorumError} */
  publishBlocks(file: FileBlocks, options?: AddOptions): Promise<PublishReceipt>;
}

function replicasOf(options: IpfsWriterOptions): { replicas: IpfsReplica[]; quorum: number } {
  if ("apiUrl" in options)
    return { replicas: [ipfsReplica({ apiUrl: options.apiUrl, token: options.token })], quorum: 1 };
  if (options.replicas.length === 0) throw new InvalidReplicaConfigError("An IPFS writer needs at least one replica");
  const replicas = options.replicas.map(ipfsReplica);
  return { replicas, quorum: checkedQuorum(options.quorum ?? defaultQuorum(replicas.length), replicas.length) };
}

/**
 * Creates a writer to several IPFS nodes at once. Each document is laid out here exactly as Kubo's `ipfs add
 * --cid-version=1` would, and sent to every replica as the same CAR (`dag/import`, roots pinned), so every replica
 * holds the same blocks under the same CIDs. A write succeeds once `quorum` replicas confirmed; the error otherwise
 * names every replica that refused and why (no token, wrong token, unreachable…). The upload code (kubo-rpc-client,
 * the CAR writer) loads on the first write, keeping it out of read-only browser bundles.
 *
 * @example
 * const writer = createIpfsWriter({ replicas: [{ apiUrl: 'https://ipfs-a.example/api/v0', token }, { apiUrl: 'https://ipfs-b.example/api/v0', token }] })
 * const catalogCid = await writer.addJson(catalog)
 */
export function createIpfsWriter(options: IpfsWriterOptions): IpfsWriter {
  const { replicas, quorum } = replicasOf(options);
  const timeoutMs = options.writeTimeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS;

  const publishBlocks = async (file: FileBlocks, { signal }: AddOptions = {}): Promise<PublishReceipt> => {
    const { carOf, uploadCar } = await import("./replicaUpload.ts");
    const car = await carOf(file.root, file.blocks);
    const outcomes = await Promise.all(
      replicas.map((replica) =>
        uploadCar(replica, file.root, car, { signal: signal ?? new AbortController().signal, timeoutMs }),
      ),
    );
    const cid = file.root.toString();
    const stored = replicas.filter((_, index) => outcomes[index] === undefined).map(({ name }) => name);
    const failures = outcomes.filter((outcome) => outcome !== undefined);
    if (stored.length < quorum) throw new ReplicaQuorumError(cid, stored, quorum, failures);
    return { cid, stored, failures };
  };

  const publish = async (bytes: Uint8Array, options?: AddOptions): Promise<PublishReceipt> => {
    const { unixfsFileBlocks } = await import("./fileBlocks.ts");
    return publishBlocks(await unixfsFileBlocks(bytes), options);
  };

  const addBytes = async (bytes: Uint8Array, options?: AddOptions): Promise<string> =>
    (await publish(bytes, options)).cid;

  const addJson = async (value: unknown, options?: AddOptions): Promise<string> => {
    const json = JSON.stringify(value);
    if (json === undefined) throw new IpfsWriteError(`A ${typeof value} value is not JSON: nothing was written`);
    return addBytes(new TextEncoder().encode(json), options);
  };

  return { replicas, quorum, publish, addBytes, addJson, publishBlocks };
}
