import { CarReader } from "@ipld/car/reader";
import { CarWriter } from "@ipld/car/writer";
import * as dagPb from "@ipld/dag-pb";
import { UnixFS } from "ipfs-unixfs";
import type { KuboRPCClient } from "kubo-rpc-client";
import { create } from "kubo-rpc-client";
import { CID } from "multiformats/cid";
import { sha256 } from "multiformats/hashes/sha2";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { RunningIpfsNode } from "../../scripts/ipfs-node.ts";
import { startIpfsNode } from "../../scripts/ipfs-node.ts";
import { randomContent, rawBlockCid, tempDataDir } from "./support.ts";

const MAX_UPLOAD = 3 * 1024 * 1024;
const CHUNK = 262_144;
const text = (value: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(value);
const decodeText = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

let node: RunningIpfsNode;
let kubo: KuboRPCClient;
let dataDir: Awaited<ReturnType<typeof tempDataDir>>;
const bigFile = randomContent(Math.floor(1.5 * 1024 * 1024)); // 6 leaves of 256 KiB
let bigCid: string;

const rpc = (command: string, init: RequestInit = {}) =>
  fetch(`${node.apiUrl}/api/v0/${command}`, { method: "POST", ...init });
const gateway = (path: string, init?: RequestInit) => fetch(`${node.gatewayUrl}${path}`, init);
const uploadForm = (bytes: Uint8Array<ArrayBuffer>, name = "file.bin"): FormData => {
  const form = new FormData();
  form.append("file", new Blob([bytes]), name);
  return form;
};
const unknownCid = async () => rawBlockCid(randomContent(64));

/** A CARv1 with `roots` in its header and `blocks` in it, as any CAR writer would send. */
async function carOf(roots: CID[], blocks: { cid: CID; bytes: Uint8Array }[]): Promise<Uint8Array<ArrayBuffer>> {
  const { writer, out } = CarWriter.create(roots);
  const collecting = collect(out);
  for (const block of blocks) await writer.put(block);
  await writer.close();
  return new Uint8Array(await collecting);
}

const rawBlock = async (bytes: Uint8Array) => ({ cid: CID.parse(await rawBlockCid(bytes)), bytes });
const dagImport = (car: Uint8Array<ArrayBuffer>, query = "") =>
  rpc(`dag/import${query}`, { body: uploadForm(car, "") });

beforeAll(async () => {
  dataDir = await tempDataDir();
  node = await startIpfsNode({
    dataDir: dataDir.path,
    maxUploadBytes: MAX_UPLOAD,
    allowedApiOrigins: ["http://localhost:5173"],
  });
  kubo = create({ url: node.apiUrl });
  bigCid = (await kubo.add(bigFile, { cidVersion: 1 })).cid.toString();
});

afterAll(async () => {
  await node?.stop();
  await dataDir?.remove();
});

describe("Kubo RPC API", () => {
  test("add gives a small file the CIDv1 of its single raw block, as Kubo does", async () => {
    const bytes = text('{"name":"Boulangerie Martin"}');
    const { cid, size, path } = await kubo.add({ path: "shop.json", content: bytes }, { cidVersion: 1 });
    expect(cid.toString()).toBe(await rawBlockCid(bytes));
    expect(cid.toString()).toMatch(/^bafkrei/);
    expect(size).toBe(bytes.length);
    expect(path).toBe("shop.json");
  });

  test('add with cid-version 0 gives the CID Kubo prints for "hello world\\n"', async () => {
    const response = await rpc("add?cid-version=0", { body: uploadForm(text("hello world\n"), "hello.txt") });
    expect(response.status).toBe(200);
    expect(JSON.parse(await response.text())).toEqual({
      Name: "hello.txt",
      Hash: "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o",
      Size: "20",
    });
  });

  test("add answers one Kubo JSON line per uploaded file", async () => {
    const form = uploadForm(text("first"), "a.txt");
    form.append("file-1", new Blob([text("second")]), "b.txt");
    const lines = (await (await rpc("add?cid-version=1", { body: form })).text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { Name: "a.txt", Hash: await rawBlockCid(text("first")), Size: "5" },
      { Name: "b.txt", Hash: await rawBlockCid(text("second")), Size: "6" },
    ]);
  });

  test("add chunks a file above 256 KiB like Kubo: a dag-pb root over 256 KiB raw leaves", async () => {
    const root = CID.parse(bigCid);
    expect(root.code).toBe(dagPb.code);
    const node = dagPb.decode(await kubo.block.get(root));
    const unixfs = UnixFS.unmarshal(node.Data!);
    expect(unixfs.type).toBe("file");
    expect(unixfs.fileSize()).toBe(BigInt(bigFile.length));
    expect(node.Links).toHaveLength(Math.ceil(bigFile.length / CHUNK));
    for (const [index, link] of node.Links.entries()) {
      const leaf = bigFile.subarray(index * CHUNK, (index + 1) * CHUNK);
      expect(link.Hash.toString()).toBe(await rawBlockCid(leaf));
      expect(link.Tsize).toBe(leaf.length);
    }
  });

  test("cat returns the bytes of small and chunked files", async () => {
    const small = text("cat me");
    const { cid } = await kubo.add(small, { cidVersion: 1 });
    expect(decodeText(await collect(kubo.cat(cid)))).toBe("cat me");
    expect(await collect(kubo.cat(CID.parse(bigCid)))).toEqual(bigFile);
  });

  test("block/get returns the raw block bytes", async () => {
    const bytes = text("a block");
    const { cid } = await kubo.add(bytes, { cidVersion: 1 });
    expect(await kubo.block.get(cid)).toEqual(bytes);
  });

  test("pin/add pins stored content and refuses content the node does not have", async () => {
    const { cid } = await kubo.add(text("pin me"), { cidVersion: 1, pin: false });
    expect((await kubo.pin.add(cid)).toString()).toBe(cid.toString());
    expect((await kubo.pin.add(cid)).toString()).toBe(cid.toString()); // pinning twice is fine, as in Kubo
    const missing = await rpc(`pin/add?arg=${await unknownCid()}`);
    expect(missing.status).toBe(404);
  });

  test("dag/import stores a CAR's blocks and pins its root; kubo-rpc-client reads the answer", async () => {
    const car = new Uint8Array(await (await gateway(`/ipfs/${bigCid}?format=car`)).arrayBuffer());
    const otherDir = await tempDataDir();
    const other = await startIpfsNode({ dataDir: otherDir.path });
    try {
      const results = [];
      for await (const result of create({ url: other.apiUrl }).dag.import([car], { pinRoots: true }))
        results.push(result);
      expect(results.map(({ root }) => [root.cid.toString(), root.pinErrorMsg])).toEqual([[bigCid, ""]]);
      const served = await fetch(`${other.gatewayUrl}/ipfs/${bigCid}`);
      expect(new Uint8Array(await served.arrayBuffer())).toEqual(bigFile);
    } finally {
      await other.stop();
      await otherDir.remove();
    }
  });

  test("dag/import answers Kubo's Root and Stats lines", async () => {
    const block = await rawBlock(randomContent(100));
    const response = await dagImport(await carOf([block.cid], [block]), "?stats=true");
    expect(response.status).toBe(200);
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { Root: { Cid: { "/": block.cid.toString() }, PinErrorMsg: "" } },
      { Stats: { BlockCount: 1, BlockBytesCount: 100 } },
    ]);
    expect((await gateway(`/ipfs/${block.cid}?format=raw`)).status).toBe(200);
  });

  test("dag/import refuses a CAR with a block that does not match its CID, and stores none of its blocks", async () => {
    const honest = await rawBlock(randomContent(50));
    const lying = { cid: CID.parse(await unknownCid()), bytes: randomContent(50) };
    const response = await dagImport(await carOf([honest.cid], [honest, lying]));
    expect(response.status).toBe(400);
    expect((await response.json()).Message).toContain(`${lying.cid} does not match its CID`);
    for (const { cid } of [honest, lying]) expect((await gateway(`/ipfs/${cid}?format=raw`)).status).toBe(404);
  });

  test("dag/import of a DAG missing blocks stores what came and reports the pin failure, as Kubo does", async () => {
    const missingLeaves = [CID.parse(await unknownCid()), CID.parse(await unknownCid())];
    const bytes = dagPb.encode(
      dagPb.prepare({
        Data: new UnixFS({ type: "file", blockSizes: [64n, 64n] }).marshal(),
        Links: missingLeaves.map((Hash) => ({ Hash, Tsize: 64, Name: "" })),
      }),
    );
    const root = CID.create(1, dagPb.code, await sha256.digest(bytes));
    const response = await dagImport(await carOf([root], [{ cid: root, bytes }]));
    expect(response.status).toBe(200);
    const [line] = (await response.text())
      .trim()
      .split("\n")
      .map((text) => JSON.parse(text));
    expect(line.Root.PinErrorMsg).toContain("pinning root");
  });

  test("dag/import refuses what is not a CAR with a 400", async () => {
    const response = await dagImport(text("not a car"));
    expect(response.status).toBe(400);
    expect((await response.json()).Message).toContain("not a CAR");
  });

  test("version names the implementation behind the API", async () => {
    expect((await kubo.version()).version).toMatch(/^helia-\d+\.\d+\.\d+/);
  });

  test("an upload above the size limit is refused with 413", async () => {
    const response = await rpc("add?cid-version=1", { body: uploadForm(randomContent(MAX_UPLOAD + 1)) });
    expect(response.status).toBe(413);
    expect((await response.json()).Message).toContain(`${MAX_UPLOAD} bytes`);
  });

  test("a malformed CID is a 400 with a Kubo-style JSON message", async () => {
    const response = await rpc("cat?arg=not-a-cid");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ Message: expect.stringContaining("not-a-cid"), Type: "error" });
  });

  test("an unknown CID is a 404 at once, since the node never searches the network", async () => {
    const started = Date.now();
    expect((await rpc(`cat?arg=${await unknownCid()}`)).status).toBe(404);
    expect((await rpc(`block/get?arg=${await unknownCid()}`)).status).toBe(404);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test("options that would change CIDs, and requests without a file, are a 400", async () => {
    expect((await rpc("add?chunker=size-1048576", { body: uploadForm(text("x")) })).status).toBe(400);
    expect((await rpc("add?cid-version=2", { body: uploadForm(text("x")) })).status).toBe(400);
    expect((await rpc("add", { body: "plain text", headers: { "Content-Type": "text/plain" } })).status).toBe(400);
  });

  test("GET on an RPC command is a 405, like Kubo", async () => {
    const response = await fetch(`${node.apiUrl}/api/v0/version`);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });

  test("a browser page from an origin not allowed is refused with 403; an allowed one gets CORS headers", async () => {
    expect((await rpc("version", { headers: { Origin: "https://evil.example" } })).status).toBe(403);
    const allowed = await rpc("version", { headers: { Origin: "http://localhost:5173" } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
  });
});

describe("trustless gateway", () => {
  test("format=raw and Accept: application/vnd.ipld.raw both return the block bytes", async () => {
    const bytes = text("raw block");
    const { cid } = await kubo.add(bytes, { cidVersion: 1 });
    for (const response of [
      await gateway(`/ipfs/${cid}?format=raw`),
      await gateway(`/ipfs/${cid}`, { headers: { Accept: "application/vnd.ipld.raw" } }),
    ]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/vnd.ipld.raw");
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    }
  });

  test("format=car returns a CARv1 of the whole DAG, root first, every block matching its CID", async () => {
    const response = await gateway(`/ipfs/${bigCid}`, { headers: { Accept: "application/vnd.ipld.car" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/vnd\.ipld\.car; version=1/);
    const car = await CarReader.fromBytes(new Uint8Array(await response.arrayBuffer()));
    expect((await car.getRoots()).map(String)).toEqual([bigCid]);
    const blocks = await collectAll(car.blocks());
    expect(blocks[0]!.cid.toString()).toBe(bigCid);
    expect(blocks).toHaveLength(1 + Math.ceil(bigFile.length / CHUNK));
    for (const { cid, bytes } of blocks) expect((await sha256.digest(bytes)).digest).toEqual(cid.multihash.digest);
  });

  test("without a format the file bytes come back with a Content-Type sniffed from them", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomContent(32)]);
    const cases: Array<[Uint8Array, string]> = [
      [png, "image/png"],
      [new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...randomContent(16)]), "image/jpeg"],
      [new Uint8Array([...text("RIFF"), 0, 0, 0, 0, ...text("WEBPVP8 "), ...randomContent(16)]), "image/webp"],
      [text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'), "image/svg+xml"],
      [text(' {"items":[]}'), "application/json"],
      [text("Pain au levain, 4,50 €"), "text/plain; charset=utf-8"],
      [new Uint8Array([0, 1, 2, 3, 255]), "application/octet-stream"],
    ];
    for (const [bytes, contentType] of cases) {
      const { cid } = await kubo.add(bytes, { cidVersion: 1 });
      const response = await gateway(`/ipfs/${cid}`);
      expect(response.headers.get("content-type"), contentType).toBe(contentType);
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    }
    const chunked = await gateway(`/ipfs/${bigCid}`);
    expect(chunked.headers.get("content-length")).toBe(String(bigFile.length));
    expect(new Uint8Array(await chunked.arrayBuffer())).toEqual(bigFile);
  });

  test("responses are readable from any origin and cacheable forever; HEAD and If-None-Match work", async () => {
    const bytes = text("cache me");
    const { cid } = await kubo.add(bytes, { cidVersion: 1 });
    const response = await gateway(`/ipfs/${cid}`);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toContain("immutable");
    const etag = response.headers.get("etag");
    expect(etag).toBe(`"${cid}"`);
    const head = await gateway(`/ipfs/${cid}`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(bytes.length));
    expect(await head.text()).toBe("");
    expect((await gateway(`/ipfs/${cid}`, { headers: { "If-None-Match": etag! } })).status).toBe(304);
  });

  test("a malformed CID, an unknown format or a path inside the DAG is a 400", async () => {
    const bad = await gateway("/ipfs/not-a-cid");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("access-control-allow-origin")).toBe("*");
    expect(await bad.text()).toContain('Invalid CID "not-a-cid"');
    expect((await gateway(`/ipfs/${bigCid}?format=tar`)).status).toBe(400);
    expect((await gateway(`/ipfs/${bigCid}/logo.png`)).status).toBe(400);
  });

  test("an unknown CID is a 404 in every format, at once", async () => {
    const cid = await unknownCid();
    const started = Date.now();
    for (const query of ["", "?format=raw", "?format=car"])
      expect((await gateway(`/ipfs/${cid}${query}`)).status).toBe(404);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test("methods other than GET and HEAD are a 405, and unknown paths a 404", async () => {
    const response = await gateway(`/ipfs/${bigCid}`, { method: "POST" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
    expect((await gateway("/ipns/example.com")).status).toBe(404);
  });
});

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(Buffer.concat(await collectAll(chunks)));
}

async function collectAll<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
