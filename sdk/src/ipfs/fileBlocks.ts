import * as dagPb from "@ipld/dag-pb";
import { UnixFS } from "ipfs-unixfs";
import { CID } from "multiformats/cid";
import * as raw from "multiformats/codecs/raw";
import { sha256 } from "multiformats/hashes/sha2";
import { IpfsError } from "./errors.ts";

/** Kubo's `ipfs add` defaults: 256 KiB chunks, at most 174 links per node of its balanced layout. */
export const KUBO_CHUNK_BYTES = 262_144;
const KUBO_MAX_LINKS = 174;

/** The largest file laid out under a single root node (174 chunks, 43.5 MiB): far above any Grandrue document. */
export const MAX_FILE_BYTES = KUBO_CHUNK_BYTES * KUBO_MAX_LINKS;

/** One IPFS block: its CID and the bytes that hash to it. */
export type IpfsBlock = { cid: CID; bytes: Uint8Array };

/** A UnixFS file as blocks: `blocks[0]` is the root. */
export type FileBlocks = { root: CID; blocks: IpfsBlock[] };

/** A file too large to be laid out by this client. */
export class FileTooLargeError extends IpfsError {
  override name = "FileTooLargeError";

  constructor(length: number) {
    super(`A file of ${length} bytes is above the ${MAX_FILE_BYTES}-byte limit of one IPFS write`);
  }
}

const rawBlock = async (bytes: Uint8Array): Promise<IpfsBlock> => ({
  cid: CID.createV1(raw.code, await sha256.digest(bytes)),
  bytes,
});

/**
 * The blocks Kubo's `ipfs add --cid-version=1` makes of `bytes` (256 KiB raw leaves, balanced layout), so the root
 * CID is the one every Kubo node, pinning service and the embedded node compute: up to 256 KiB a single raw block
 * (`bafkrei…`), above that a dag-pb UnixFS root (`bafybei…`) over the raw leaves. Built here rather than with
 * `ipfs-unixfs-importer`, which would bring its Rabin chunker (WebAssembly) and directory sharding to the browser;
 * `test/ipfs/fileBlocks.test.ts` checks the CIDs against the importer's.
 * @throws FileTooLargeError above {@link MAX_FILE_BYTES}.
 * @example const { root, blocks } = await unixfsFileBlocks(new TextEncoder().encode('{"name":"Bakery"}'))
 */
export async function unixfsFileBlocks(bytes: Uint8Array): Promise<FileBlocks> {
  if (bytes.length <= KUBO_CHUNK_BYTES) {
    const block = await rawBlock(bytes);
    return { root: block.cid, blocks: [block] };
  }
  if (bytes.length > MAX_FILE_BYTES) throw new FileTooLargeError(bytes.length);
  const leaves: IpfsBlock[] = [];
  for (let offset = 0; offset < bytes.length; offset += KUBO_CHUNK_BYTES)
    leaves.push(await rawBlock(bytes.subarray(offset, offset + KUBO_CHUNK_BYTES)));
  const file = new UnixFS({ type: "file" });
  for (const leaf of leaves) file.addBlockSize(BigInt(leaf.bytes.length));
  const rootBytes = dagPb.encode(
    dagPb.prepare({
      Data: file.marshal(),
      Links: leaves.map((leaf) => ({ Name: "", Tsize: leaf.bytes.length, Hash: leaf.cid })),
    }),
  );
  const root = CID.createV1(dagPb.code, await sha256.digest(rootBytes));
  return { root, blocks: [{ cid: root, bytes: rootBytes }, ...leaves] };
}
