import { CarBlockIterator } from "@ipld/car/iterator";
import type { Helia } from "helia";
import { equals } from "multiformats/bytes";
import type { CID } from "multiformats/cid";
import { sha256 } from "multiformats/hashes/sha2";
import type { StoredBlock } from "./dag.ts";
import { HttpError } from "./httpError.ts";

export interface ImportedCar {
  roots: CID[];
  blockCount: number;
  blockBytes: number;
}

/**
 * Reads a CAR (v1 or v2) and checks every block against its CID before storing any, so a CAR holding one block
 * that lies about its hash stores nothing. Only sha2-256 blocks are accepted: the node could not serve others as
 * verifiable content. Blocks already stored are simply stored again (same bytes).
 * @throws HttpError 400 for a malformed CAR, a block whose bytes do not match its CID, or another hash function.
 * @example const { roots } = await importCar(helia, carBytes)
 */
export async function importCar(helia: Helia, car: Uint8Array): Promise<ImportedCar> {
  const { roots, blocks } = await verifiedCarBlocks(car);
  for (const { cid, bytes } of blocks) await helia.blockstore.put(cid, bytes);
  return { roots, blockCount: blocks.length, blockBytes: blocks.reduce((sum, block) => sum + block.bytes.length, 0) };
}

async function verifiedCarBlocks(car: Uint8Array): Promise<{ roots: CID[]; blocks: StoredBlock[] }> {
  let iterator: CarBlockIterator;
  try {
    iterator = await CarBlockIterator.fromBytes(car);
  } catch (error) {
    throw new HttpError(400, `The upload is not a CAR: ${(error as Error).message}`);
  }
  const blocks: StoredBlock[] = [];
  try {
    for await (const { cid, bytes } of iterator) {
      if (cid.multihash.code !== sha256.code)
        throw new HttpError(400, `Block ${cid} is not hashed with sha2-256: this node stores only verifiable blocks`);
      if (!equals((await sha256.digest(bytes)).digest, cid.multihash.digest))
        throw new HttpError(400, `Block ${cid} does not match its CID: nothing was imported`);
      blocks.push({ cid, bytes });
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, `The CAR is truncated or malformed: ${(error as Error).message}`);
  }
  return { roots: await iterator.getRoots(), blocks };
}
