import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CID } from "multiformats/cid";
import * as raw from "multiformats/codecs/raw";
import { sha256 } from "multiformats/hashes/sha2";

/** A throw-away data directory; `remove()` deletes it. */
export async function tempDataDir(): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), "grandrue-ipfs-"));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Random bytes: incompressible and never stored anywhere before. */
export const randomContent = (length: number): Uint8Array<ArrayBuffer> => new Uint8Array(randomBytes(length));

/** The CIDv1 of `bytes` as one raw block: what Kubo gives any file up to 256 KiB with `--cid-version=1`. */
export async function rawBlockCid(bytes: Uint8Array): Promise<string> {
  return CID.create(1, raw.code, await sha256.digest(bytes)).toString();
}

export interface FakeGateway {
  url: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 answering every request with `handler`; for misbehaving gateways. */
export async function startFakeGateway(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<FakeGateway> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? "");
    handler(req, res);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
