import { create } from "kubo-rpc-client";
import { CID } from "multiformats/cid";
import { afterEach, beforeEach, expect, test } from "vitest";
import { startIpfsNode } from "../../scripts/ipfs-node.ts";
import { openOfflineRepo } from "../../scripts/lib/ipfs/repo.ts";
import { randomContent, tempDataDir } from "./support.ts";

let dataDir: Awaited<ReturnType<typeof tempDataDir>>;

beforeEach(async () => {
  dataDir = await tempDataDir();
});

afterEach(async () => {
  await dataDir.remove();
});

test("content added before a stop is served again after a restart on the same data directory", async () => {
  const small = randomContent(100);
  const chunked = randomContent(600_000);
  const first = await startIpfsNode({ dataDir: dataDir.path });
  const kubo = create({ url: first.apiUrl });
  const smallCid = (await kubo.add(small, { cidVersion: 1 })).cid.toString();
  const chunkedCid = (await kubo.add(chunked, { cidVersion: 1 })).cid.toString();
  await first.stop();

  const second = await startIpfsNode({ dataDir: dataDir.path });
  try {
    for (const [cid, bytes] of [
      [smallCid, small],
      [chunkedCid, chunked],
    ] as const) {
      const response = await fetch(`${second.gatewayUrl}/ipfs/${cid}`);
      expect(response.status).toBe(200);
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    }
  } finally {
    await second.stop();
  }
});

test("added content is pinned: garbage collection keeps it and drops what was added with pin=false", async () => {
  const node = await startIpfsNode({ dataDir: dataDir.path });
  const kubo = create({ url: node.apiUrl });
  const pinned = (await kubo.add(randomContent(400_000), { cidVersion: 1 })).cid;
  const unpinned = (await kubo.add(randomContent(100), { cidVersion: 1, pin: false })).cid;
  await node.stop();

  const repo = await openOfflineRepo(dataDir.path);
  try {
    await repo.helia.gc();
    expect(await repo.helia.blockstore.has(CID.parse(pinned.toString()))).toBe(true);
    expect(await repo.helia.blockstore.has(CID.parse(unpinned.toString()))).toBe(false);
  } finally {
    await repo.close();
  }
});

test("a second node cannot open a data directory that is in use", async () => {
  const node = await startIpfsNode({ dataDir: dataDir.path });
  try {
    await expect(startIpfsNode({ dataDir: dataDir.path })).rejects.toThrow(/Cannot open the IPFS data directory/);
  } finally {
    await node.stop();
  }
});

test("a port already in use is reported, and the data directory is released for the next start", async () => {
  const other = await tempDataDir();
  const first = await startIpfsNode({ dataDir: other.path });
  try {
    await expect(startIpfsNode({ dataDir: dataDir.path, port: first.port })).rejects.toThrow(/EADDRINUSE/);
    const retry = await startIpfsNode({ dataDir: dataDir.path });
    await retry.stop();
  } finally {
    await first.stop();
    await other.remove();
  }
});

test("stop lets an upload in flight finish before the repo is closed", async () => {
  const node = await startIpfsNode({ dataDir: dataDir.path });
  const bytes = randomContent(2 * 1024 * 1024);
  const adding = create({ url: node.apiUrl }).add(bytes, { cidVersion: 1 });
  await new Promise((resolve) => setTimeout(resolve, 20));
  const stopping = node.stop();
  const { cid } = await adding;
  await stopping;

  const again = await startIpfsNode({ dataDir: dataDir.path });
  try {
    expect(new Uint8Array(await (await fetch(`${again.gatewayUrl}/ipfs/${cid}`)).arrayBuffer())).toEqual(bytes);
  } finally {
    await again.stop();
  }
});
