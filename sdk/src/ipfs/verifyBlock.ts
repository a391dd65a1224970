import { equals } from "multiformats/bytes";
import type { CID } from "multiformats/cid";
import { sha256 } from "multiformats/hashes/sha2";
import { UnsupportedCidError } from "./errors.ts";

/**
 * Refuses, before any request, a CID whose hash this client cannot check (only sha2-256 is
 * supported: what Kubo, Helia and every pinning service use by default).
 * @throws {UnsupportedCidError}
 */
export function assertVerifiable(cid: CID): void {
  if (cid.multihash.code !== sha256.code) {
    throw new UnsupportedCidError(
      cid.toString(),
      `its multihash 0x${cid.multihash.code.toString(16)} is not sha2-256, so the content cannot be verified`,
    );
  }
}

/**
 * True when `bytes` hash to the digest inside `cid`, i.e. they are the block the CID names.
 * @example if (!(await blockMatchesCid(cid, bytes))) throw new ContentMismatchError(gateway, cid.toString())
 */
export async function blockMatchesCid(cid: CID, bytes: Uint8Array): Promise<boolean> {
  assertVerifiable(cid);
  const digest = await sha256.digest(bytes);
  return equals(digest.digest, cid.multihash.digest);
}
