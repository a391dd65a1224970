import {
  createIpfsClient,
  InvalidReplicaConfigError,
  type IpfsClient,
  parseIpfsReplicas,
  parseMarketError,
  ReplicaQuorumError,
  UnexpectedContentError,
  unixfsFileBlocks,
} from "@grandrue/sdk";
import { create } from "kubo-rpc-client";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { RunningIpfsNode } from "../../scripts/ipfs-node.ts";
import { startIpfsNode } from "../../scripts/ipfs-node.ts";
import { parseApiAuthorizations } from "../../scripts/lib/ipfs/authorizations.ts";
import { type FakeGateway, randomContent, startFakeGateway, tempDataDir } from "./support.ts";

const TOKEN_A = "replica-a-token-0123456789";
const TOKEN_B = "replica-b-token-0123456789";

type TestNode = { node: RunningIpfsNode; remove(): Promise<void> };
const nodes: TestNode[] = [];
const fakes: FakeGateway[] = [];
let a: RunningIpfsNode;
let b: RunningIpfsNode;

async function startNode(token?: string): Promise<RunningIpfsNode> {
  const dir = await tempDataDir();
  const authorizations =
    token === undefined
      ? []
      : parseApiAuthorizations({ writer: { AuthSecret: token, AllowedPaths: ["/api/v0"] } }, "test");
  const node = await startIpfsNode({ dataDir: dir.path, authorizations });
  nodes.push({ node, remove: dir.remove });
  return node;
}

const bothReplicas = (overrides: { tokenB?: string; quorum?: number } = {}): IpfsClient =>
  createIpfsClient({
    gateways: [],
    replicas: [
      { apiUrl: a.apiUrl, token: TOKEN_A, name: "a" },
      { apiUrl: b.apiUrl, token: overrides.tokenB ?? TOKEN_B, name: "b" },
    ],
    ...(overrides.quorum === undefined ? {} : { quorum: overrides.quorum }),
  });

const storedOn = async (node: RunningIpfsNode, cid: string) =>
  (await fetch(`${node.gatewayUrl}/ipfs/${cid}?format=raw`)).status === 200;

beforeAll(async () => {
  a = await startNode(TOKEN_A);
  b = await startNode(TOKEN_B);
});

afterAll(async () => {
  await Promise.all(fakes.map((fake) => fake.close()));
  for (const { node, remove } of nodes) {
    await node.stop();
    await remove();
  }
});

describe("the blocks of a file", () => {
  test.each([
    ["empty", 0],
    ["small", 1_000],
    ["exactly one chunk", 262_144],
    ["one byte over a chunk", 262_145],
    ["six chunks", 1_500_000],
  ])("are those Kubo's add makes (%s)", async (_, length) => {
    const bytes = randomContent(length);
    const { cid } = await create({ url: a.apiUrl, headers: { Authorization: `Bearer ${TOKEN_A}` } }).add(bytes, {
      cidVersion: 1,
    });
    expect((await unixfsFileBlocks(bytes)).root.toString()).toBe(cid.toString());
  });
});

describe("writes to several replicas", () => {
  test("every replica stores the same blocks under the same CID, pinned", async () => {
    const ipfs = bothReplicas();
    const bytes = randomContent(400_000);
    const receipt = await ipfs.publish(bytes);
    expect(receipt).toEqual({ cid: expect.stringMatching(/^bafybei/), stored: ["a", "b"], failures: [] });
    for (const node of [a, b]) {
      const car = await fetch(`${node.gatewayUrl}/ipfs/${receipt.cid}?format=car`);
      expect(new Uint8Array(await car.arrayBuffer()).length).toBeGreaterThan(bytes.length);
    }
    const [check] = await ipfs.checkReplicas([receipt.cid]);
    expect(check).toEqual({
      cid: receipt.cid,
      held: 2,
      replicas: [
        { replica: "a", state: "holds" },
        { replica: "b", state: "holds" },
      ],
    });
  });

  test("a replica refusing the token fails the write below the quorum, naming it and why; it stores nothing", async () => {
    const bytes = randomContent(300);
    const error = await bothReplicas({ tokenB: "wrong" })
      .publish(bytes)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReplicaQuorumError);
    const { stored, required, failures, cid, message } = error as ReplicaQuorumError;
    expect({ stored, required }).toEqual({ stored: ["a"], required: 2 });
    expect(failures).toEqual([
      {
        replica: "b",
        apiUrl: b.apiUrl,
        reason: "unauthorized",
        status: 401,
        message: "The access token is not valid on this IPFS node",
      },
    ]);
    expect(message).toContain(`b (${b.apiUrl}): HTTP 401, The access token is not valid on this IPFS node`);
    expect(await storedOn(b, cid)).toBe(false);
    expect(parseMarketError(error)).toMatchObject({
      name: "IpfsNodeUnauthorized",
      args: { node: "b", stored: 1, required: 2 },
    });
  });

  test("with a quorum of 1, the write succeeds and the receipt lists the replica that refused", async () => {
    const closed = await startFakeGateway(() => undefined);
    await closed.close();
    const ipfs = createIpfsClient({
      gateways: [],
      quorum: 1,
      replicas: [
        { apiUrl: a.apiUrl, token: TOKEN_A, name: "a" },
        { apiUrl: closed.url, name: "gone" },
      ],
    });
    const receipt = await ipfs.publish(randomContent(300));
    expect(receipt.stored).toEqual(["a"]);
    expect(receipt.failures).toMatchObject([{ replica: "gone", reason: "unreachable" }]);
  });
});

describe("checking and publishing again", () => {
  test("a replica missing a document is counted out, and replicate restores it from the other", async () => {
    const bytes = randomContent(2_000);
    const onlyA = createIpfsClient({ gateways: [], replicas: [{ apiUrl: a.apiUrl, token: TOKEN_A, name: "a" }] });
    const cid = await onlyA.addBytes(bytes);
    const ipfs = bothReplicas();
    expect((await ipfs.checkReplicas([cid]))[0]!.replicas.map(({ state }) => state)).toEqual(["holds", "missing"]);
    expect(await ipfs.replicate(cid)).toEqual({ cid, stored: ["a", "b"], failures: [] });
    expect((await ipfs.checkReplicas([cid]))[0]!.held).toBe(2);
  });

  test("replicate from bytes the caller kept (a buyer's copy) checks them against the CID first", async () => {
    const bytes = randomContent(500);
    const { root } = await unixfsFileBlocks(bytes);
    const ipfs = bothReplicas();
    await expect(ipfs.replicate(root.toString(), { bytes: randomContent(500) })).rejects.toThrow(
      UnexpectedContentError,
    );
    expect(await storedOn(a, root.toString())).toBe(false);
    expect((await ipfs.replicate(root.toString(), { bytes })).stored).toEqual(["a", "b"]);
  });

  test("a replica whose gateway answers other bytes is caught lying, and one that does not answer is unreachable", async () => {
    const cid = await bothReplicas().addBytes(randomContent(700));
    const liar = await startFakeGateway((_req, res) => res.end(randomContent(700)));
    fakes.push(liar);
    const closed = await startFakeGateway(() => undefined);
    await closed.close();
    const ipfs = createIpfsClient({
      gateways: [],
      quorum: 1,
      replicas: [
        { apiUrl: a.apiUrl, token: TOKEN_A, name: "a" },
        { apiUrl: `${liar.url}/api/v0`, name: "liar" },
        { apiUrl: `${closed.url}/api/v0`, name: "closed" },
      ],
    });
    const [check] = await ipfs.checkReplicas([cid]);
    expect(check!.held).toBe(1);
    expect(check!.replicas.map(({ replica, state }) => [replica, state])).toEqual([
      ["a", "holds"],
      ["liar", "lying"],
      ["closed", "unreachable"],
    ]);
  });
});

describe("replica lists in configuration", () => {
  test("entries are API URLs or objects; gateway and name default to the API's origin and host", () => {
    expect(
      parseIpfsReplicas(
        '["http://127.0.0.1:5001/api/v0", {"apiUrl": "https://pin.example/api/v0", "gatewayUrl": "https://gw.example", "token": "t", "name": "coop"}]',
        "VITE_IPFS_APIS",
      ),
    ).toEqual([
      { apiUrl: "http://127.0.0.1:5001/api/v0", gatewayUrl: "http://127.0.0.1:5001", name: "127.0.0.1:5001" },
      { apiUrl: "https://pin.example/api/v0", gatewayUrl: "https://gw.example", name: "coop", token: "t" },
    ]);
  });

  test("a malformed list says what is wrong", () => {
    expect(() => parseIpfsReplicas("http://a", "X")).toThrow(InvalidReplicaConfigError);
    expect(() => parseIpfsReplicas("[]", "X")).toThrow("non-empty");
    expect(() => parseIpfsReplicas('["ftp://a"]', "X")).toThrow("not an http(s) URL");
    expect(() => parseIpfsReplicas('[{"apiUrl": "http://a", "token": ""}]', "X")).toThrow("token");
    expect(() => parseIpfsReplicas('["http://a/api/v0", "http://a/api/v0/"]', "X")).toThrow("distinct");
    expect(() => createIpfsClient({ gateways: [], replicas: [{ apiUrl: "http://a" }], quorum: 2 })).toThrow(
      "quorum of 2",
    );
  });
});
