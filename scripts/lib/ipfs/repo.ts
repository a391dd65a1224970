import { join, resolve } from "node:path";
import * as dagCbor from "@ipld/dag-cbor";
import * as dagJson from "@ipld/dag-json";
import { FsBlockstore } from "blockstore-fs";
import { LevelDatastore } from "datastore-level";
import type { Helia } from "helia";
import { createHeliaLight } from "helia";
import * as json from "multiformats/codecs/json";

/** An offline Helia node whose blocks and pins live on disk. */
export interface OfflineRepo {
  helia: Helia;
  /** Stops Helia, then closes the datastore and blockstore so every write is flushed. */
  close(): Promise<void>;
}

/** The data directory could not be opened (often: another process already holds it). */
export class RepoOpenError extends Error {
  constructor(dataDir: string, cause: unknown) {
    super(`Cannot open the IPFS data directory ${dataDir}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = "RepoOpenError";
  }
}

/**
 * Opens (creating if missing) a Helia node with no libp2p, no routers and no block brokers:
 * it never dials anyone, and a block that is not on disk is simply not found.
 * Blocks go to `<dataDir>/blocks`, pins and metadata to `<dataDir>/datastore` (LevelDB).
 *
 * @example
 * const repo = await openOfflineRepo('.data/ipfs')
 * try { console.log(await repo.helia.pins.isPinned(cid)) } finally { await repo.close() }
 */
export async function openOfflineRepo(dataDir: string): Promise<OfflineRepo> {
  const root = resolve(dataDir);
  const blockstore = new FsBlockstore(join(root, "blocks"));
  const datastore = new LevelDatastore(join(root, "datastore"));
  try {
    await blockstore.open();
    await datastore.open();
  } catch (error) {
    await datastore.close().catch(() => undefined);
    throw new RepoOpenError(root, error);
  }
  const helia = createHeliaLight({ blockstore, datastore, codecs: [json, dagJson, dagCbor] });
  await helia.start();
  return {
    helia,
    async close() {
      await helia.stop();
      await datastore.close();
      await blockstore.close();
    },
  };
}
