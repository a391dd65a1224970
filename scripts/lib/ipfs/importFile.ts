import type { GetOfflineOptions, Helia, AddOptions as PinAddOptions } from "helia";
import { importFile } from "ipfs-unixfs-importer";
import { fixedSize } from "ipfs-unixfs-importer/chunker";
import { balanced } from "ipfs-unixfs-importer/layout";
import type { CID } from "multiformats/cid";
import { walkDag } from "./dag.ts";

/** Kubo's `ipfs add` defaults: 256 KiB fixed-size chunks, balanced DAG of at most 174 links per node. */
const KUBO_CHUNK_SIZE = 262_144;
const KUBO_MAX_LINKS_PER_NODE = 174;

export interface ImportOptions {
  /** 0 gives `Qm…` dag-pb leaves, 1 gives `bafy…`/`bafk…`; Kubo's default is 0. */
  cidVersion: 0 | 1;
  /** Kubo turns raw leaves on when `cidVersion` is 1 unless told otherwise. */
  rawLeaves: boolean;
  /** Pin the root recursively once every block is stored. */
  pin: boolean;
}

export interface ImportedFile {
  cid: CID;
  /** Cumulative DAG size (block bytes plus children), what Kubo reports as `Size`. */
  size: bigint;
}

/**
 * Imports bytes as a UnixFS file exactly as Kubo would (same chunker, layout and leaf settings),
 * so `cidVersion: 1` yields the CID `ipfs add --cid-version=1` prints: a file up to 256 KiB is a
 * single raw block `bafkrei…`, a bigger one a dag-pb root `bafybei…` over raw leaves.
 *
 * @example
 * const { cid } = await importBytes(helia, new TextEncoder().encode('hi'), { cidVersion: 1, rawLeaves: true, pin: true })
 */
export async function importBytes(helia: Helia, bytes: Uint8Array, options: ImportOptions): Promise<ImportedFile> {
  const { cid, size } = await importFile({ content: bytes }, helia.blockstore, {
    cidVersion: options.cidVersion,
    rawLeaves: options.rawLeaves,
    reduceSingleLeafToSelf: true,
    chunker: fixedSize({ chunkSize: KUBO_CHUNK_SIZE }),
    layout: balanced({ maxChildrenPerNode: KUBO_MAX_LINKS_PER_NODE }),
  });
  if (options.pin) await pinRecursively(helia, cid);
  return { cid, size };
}

/**
 * Pins `cid` and every block below it; pinning what is already pinned is a no-op, as in Kubo.
 * The DAG is first walked here, one block at a time, so a missing block fails with `BlockNotFoundWhileOfflineError`
 * before Helia's parallel pinning starts (which would leave the other branches' failures unhandled).
 */
export async function pinRecursively(helia: Helia, cid: CID): Promise<void> {
  for await (const _block of walkDag(helia, cid));
  // Pins walk the DAG through the blockstore with these options: stay offline.
  const options: PinAddOptions & GetOfflineOptions = { offline: true };
  try {
    const pinning = helia.pins.add(cid, options);
    while ((await pinning.next()).done !== true); // each step marks one more block as pinned
  } catch (error) {
    if ((error as Error).name !== "AlreadyPinnedError") throw error;
  }
}
