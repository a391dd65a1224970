import { CarBlockIterator } from "@ipld/car/iterator";
import * as dagPb from "@ipld/dag-pb";
import { UnixFS } from "ipfs-unixfs";
import { base58btc } from "multiformats/bases/base58";
import type { CID } from "multiformats/cid";
import * as raw from "multiformats/codecs/raw";
import {
  ContentMismatchError,
  ContentTooLargeError,
  InvalidGatewayResponseError,
  UnexpectedContentError,
} from "./errors.ts";
import { blockMatchesCid } from "./verifyBlock.ts";

const blockKey = (cid: CID): string => base58btc.encode(cid.multihash.bytes);

/**
 * Checks every block of a gateway's CAR against its CID, then rebuilds the UnixFS file rooted at
 * `root` from those blocks only. Blocks the file does not need are ignored; output is capped at
 * `maxBytes` (a small DAG may repeat one block many times).
 *
 * @throws {ContentMismatchError} a block's bytes do not match its CID: the gateway lies.
 * @throws {InvalidGatewayResponseError} not a CAR, or a block of the file is missing.
 * @throws {UnexpectedContentError} the verified DAG is not a UnixFS file (e.g. a directory).
 * @throws {ContentTooLargeError} the file is bigger than `maxBytes`.
 */
export async function unixfsFileFromCar(
  gateway: string,
  root: CID,
  car: Uint8Array,
  maxBytes: number,
): Promise<Uint8Array> {
  const blocks = await verifiedBlocks(gateway, car);
  const parts: Uint8Array[] = [];
  let length = 0;
  const append = (bytes: Uint8Array): void => {
    length += bytes.length;
    if (length > maxBytes) throw new ContentTooLargeError(gateway, maxBytes);
    parts.push(bytes);
  };
  const visit = (cid: CID): void => {
    const bytes = blocks.get(blockKey(cid));
    if (bytes === undefined) throw new InvalidGatewayResponseError(gateway, `its CAR for ${root} lacks block ${cid}`);
    if (cid.code === raw.code) {
      append(bytes);
      return;
    }
    const node = decodeFileNode(root, cid, bytes);
    if (node.data !== undefined) append(node.data);
    for (const link of node.links) visit(link);
  };
  visit(root);
  const file = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    file.set(part, offset);
    offset += part.length;
  }
  return file;
}

async function verifiedBlocks(gateway: string, car: Uint8Array): Promise<Map<string, Uint8Array>> {
  const blocks = new Map<string, Uint8Array>();
  let iterator: CarBlockIterator;
  try {
    iterator = await CarBlockIterator.fromBytes(car);
  } catch (error) {
    throw new InvalidGatewayResponseError(gateway, `did not send a valid CAR (${(error as Error).message})`, error);
  }
  try {
    for await (const { cid, bytes } of iterator) {
      if (!(await blockMatchesCid(cid, bytes))) throw new ContentMismatchError(gateway, cid.toString());
      blocks.set(blockKey(cid), bytes);
    }
  } catch (error) {
    if (error instanceof ContentMismatchError) throw error;
    throw new InvalidGatewayResponseError(
      gateway,
      `sent a truncated or malformed CAR (${(error as Error).message})`,
      error,
    );
  }
  return blocks;
}

function decodeFileNode(root: CID, cid: CID, bytes: Uint8Array): { data?: Uint8Array; links: CID[] } {
  if (cid.code !== dagPb.code)
    throw new UnexpectedContentError(
      root.toString(),
      `links to ${cid}, which is neither dag-pb nor raw: not a UnixFS file`,
    );
  let node: dagPb.PBNode;
  let unixfs: UnixFS;
  try {
    node = dagPb.decode(bytes);
    unixfs = UnixFS.unmarshal(node.Data ?? new Uint8Array());
  } catch (error) {
    throw new UnexpectedContentError(root.toString(), `block ${cid} is not a valid UnixFS node`, error);
  }
  if (unixfs.type !== "file" && unixfs.type !== "raw")
    throw new UnexpectedContentError(root.toString(), `is a UnixFS ${unixfs.type}, not a file`);
  return { data: unixfs.data, links: node.Links.map((link) => link.Hash) };
}
