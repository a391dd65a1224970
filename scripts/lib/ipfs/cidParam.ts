import { CID } from "multiformats/cid";
import { HttpError } from "./httpError.ts";

/** A CID plus an optional path below it, as in `/ipfs/<cid>/a/b` or `<cid>/a/b`. */
export interface IpfsPath {
  cid: CID;
  /** Path segments joined with `/`, without leading slash; empty for the root. */
  path: string;
}

/**
 * Parses a CID given in a request, turning a malformed one into a 400.
 *
 * @example
 * parseCidParam('bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4').version // 1
 */
export function parseCidParam(text: string): CID {
  try {
    return CID.parse(text);
  } catch (error) {
    throw new HttpError(400, `Invalid CID "${text}": ${(error as Error).message}`);
  }
}

/**
 * Parses a Kubo RPC `arg` (`<cid>`, `<cid>/path` or `/ipfs/<cid>/path`); a missing one is a 400.
 *
 * @example
 * parseIpfsPath('/ipfs/bafy…/logo.png') // { cid: CID(bafy…), path: 'logo.png' }
 */
export function parseIpfsPath(arg: string | null): IpfsPath {
  if (arg === null || arg === "") throw new HttpError(400, 'Argument "arg" (a CID or /ipfs/ path) is required');
  const [cid = "", ...path] = arg.replace(/^\/ipfs\//, "").split("/");
  return { cid: parseCidParam(cid), path: path.filter(Boolean).join("/") };
}
