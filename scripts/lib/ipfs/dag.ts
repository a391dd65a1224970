import type { Helia } from "helia";
import { createUnsafe } from "multiformats/block";
import type { CID } from "multiformats/cid";

export interface StoredBlock {
  cid: CID;
  bytes: Uint8Array;
}

/**
 * Reads one block from the local blockstore, never from the network.
 * Throws `BlockNotFoundWhileOfflineError` when the block is not stored here.
 */
export async function readLocalBlock(helia: Helia, cid: CID): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of helia.blockstore.get(cid, { offline: true })) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Yields every block of the DAG under `root` in depth-first, pre-order (the trustless gateway's
 * `order=dfs`), each block once (`dups=n`). Links are found with the block's own codec.
 *
 * @example
 * for await (const { cid, bytes } of walkDag(helia, root)) console.log(cid.toString(), bytes.length)
 */
export async function* walkDag(helia: Helia, root: CID, seen = new Set<string>()): AsyncGenerator<StoredBlock> {
  const key = Buffer.from(root.multihash.bytes).toString("base64");
  if (seen.has(key)) return;
  seen.add(key);
  const bytes = await readLocalBlock(helia, root);
  yield { cid: root, bytes };
  const block = createUnsafe({ cid: root, bytes, codec: await helia.getCodec(root.code) });
  for (const [, link] of block.links()) yield* walkDag(helia, link, seen);
}
