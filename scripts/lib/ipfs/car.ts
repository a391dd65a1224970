import { CarWriter } from "@ipld/car/writer";
import type { CID } from "multiformats/cid";
import type { StoredBlock } from "./dag.ts";

/** Media type of the CARs this node serves: CARv1, blocks depth-first, no duplicates. */
export const CAR_CONTENT_TYPE = "application/vnd.ipld.car; version=1; order=dfs; dups=n";

/**
 * Encodes `blocks` as a CARv1 stream whose single root is `root`.
 * If reading a block fails half-way, the stream throws instead of ending, so the HTTP response
 * is aborted rather than delivered as a CAR that looks complete.
 *
 * @example
 * await pipeline(Readable.from(carStream(root, walkDag(helia, root))), res)
 */
export async function* carStream(root: CID, blocks: AsyncIterable<StoredBlock>): AsyncGenerator<Uint8Array> {
  const { writer, out } = CarWriter.create([root]);
  let failure: { error: unknown } | undefined;
  const pump = (async () => {
    try {
      for await (const block of blocks) await writer.put(block);
    } catch (error) {
      failure = { error };
    } finally {
      await writer.close();
    }
  })();
  yield* out;
  await pump;
  if (failure !== undefined) throw failure.error;
}
