import {
  AllGatewaysFailedError,
  ContentMismatchError,
  ContentTooLargeError,
  cidFromBytes,
  cidToBytes,
  createIpfsClient,
  createIpfsReader,
  GatewayHttpError,
  GatewayTimeoutError,
  GatewayUnreachableError,
  gatewayUrlFor,
  InvalidCidError,
  InvalidGatewayResponseError,
  type IpfsClient,
  IpfsWriteError,
  UnexpectedContentError,
  UnsupportedCidError,
} from "@grandrue/sdk";
import { CID } from "multiformats/cid";
import * as raw from "multiformats/codecs/raw";
import { sha512 } from "multiformats/hashes/sha2";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { RunningIpfsNode } from "../../scripts/ipfs-node.ts";
import { startIpfsNode } from "../../scripts/ipfs-node.ts";
import type { FakeGateway } from "./support.ts";
import { randomContent, rawBlockCid, startFakeGateway, tempDataDir } from "./support.ts";

let node: RunningIpfsNode;
let dataDir: Awaited<ReturnType<typeof tempDataDir>>;
let ipfs: IpfsClient;
const fakes: FakeGateway[] = [];
const bigFile = randomContent(1_300_000);
let bigCid: string;
let smallCid: string;
const smallFile = randomContent(2_000);

/** Answers 200 with bytes that are not the requested content. */
const liar = () => startFakeGateway((_req, res) => res.end(randomContent(2_000)));
/** Accepts the request and never answers. */
const hanging = () => startFakeGateway(() => undefined);

/** Forwards to the real node, flipping one byte near the end of the body (inside the last block). */
const tamperingProxy = () =>
  startFakeGateway((req, res) => {
    void fetch(`${node.gatewayUrl}${req.url}`, { headers: { Accept: req.headers.accept ?? "*/*" } }).then(
      async (response) => {
        const body = new Uint8Array(await response.arrayBuffer());
        body[body.length - 10]! ^= 0xff;
        res.writeHead(response.status, { "Content-Type": response.headers.get("content-type") ?? "" }).end(body);
      },
    );
  });

async function fake(start: () => Promise<FakeGateway>): Promise<FakeGateway> {
  const gateway = await start();
  fakes.push(gateway);
  return gateway;
}

beforeAll(async () => {
  dataDir = await tempDataDir();
  node = await startIpfsNode({ dataDir: dataDir.path });
  ipfs = createIpfsClient({ apiUrl: node.apiUrl, gateways: [node.gatewayUrl] });
  bigCid = await ipfs.addBytes(bigFile);
  smallCid = await ipfs.addBytes(smallFile);
});

afterAll(async () => {
  await Promise.all(fakes.map((gateway) => gateway.close()));
  await node?.stop();
  await dataDir?.remove();
});

describe("writes through the Kubo RPC API", () => {
  test("addJson stores UTF-8 JSON as a CIDv1 raw block and getJson reads it back verified", async () => {
    const shop = { name: "Fromagerie Dupont", labels: ["bio", "circuit court"], priceUnit: "EUR" };
    const cid = await ipfs.addJson(shop);
    expect(cid).toBe(await rawBlockCid(new TextEncoder().encode(JSON.stringify(shop))));
    expect(await ipfs.getJson(cid)).toEqual(shop);
  });

  test("addBytes of a file above 256 KiB returns a dag-pb CIDv1 and getBytes rebuilds it from a verified CAR", async () => {
    expect(bigCid).toMatch(/^bafybei/);
    expect(await ipfs.getBytes(bigCid)).toEqual(bigFile);
  });

  test("a value that is not JSON is refused before anything is sent", async () => {
    await expect(ipfs.addJson(undefined)).rejects.toThrow(IpfsWriteError);
  });

  test("an unreachable API is reported as an IpfsWriteError naming it", async () => {
    const closed = await startFakeGateway(() => undefined);
    await closed.close();
    const writer = createIpfsClient({ apiUrl: closed.url, gateways: [] });
    const error = await writer.addBytes(randomContent(10)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IpfsWriteError);
    expect((error as Error).message).toContain(`${new URL(closed.url).host} (${closed.url})`);
  });
});

describe("verified reads from several gateways", () => {
  test("a gateway sending bytes that do not match the CID is caught, recorded as lying and skipped", async () => {
    const lying = await fake(liar);
    const reader = createIpfsReader({ gateways: [lying.url, node.gatewayUrl] });
    expect(await reader.getBytes(smallCid)).toEqual(smallFile);
    expect(lying.requests).toEqual([`/ipfs/${smallCid}?format=raw`]);
    expect([...reader.lyingGateways]).toEqual([lying.url]);

    expect(await reader.getBytes(smallCid)).toEqual(smallFile);
    expect(lying.requests).toHaveLength(1); // the honest gateway is now tried first
  });

  test("a gateway tampering with one block of a CAR is caught and the next gateway is used", async () => {
    const tampering = await fake(tamperingProxy);
    const reader = createIpfsReader({ gateways: [tampering.url, node.gatewayUrl] });
    expect(await reader.getBytes(bigCid)).toEqual(bigFile);
    expect(tampering.requests).toEqual([`/ipfs/${bigCid}?format=car`]);
    expect(reader.lyingGateways.has(tampering.url)).toBe(true);
  });

  test("a gateway that never answers times out and the next gateway is used", async () => {
    const silent = await fake(hanging);
    const reader = createIpfsReader({ gateways: [silent.url, node.gatewayUrl], timeoutMs: 300 });
    const started = Date.now();
    expect(await reader.getBytes(smallCid)).toEqual(smallFile);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  test("when every gateway fails, the error lists each gateway with its own failure", async () => {
    const lying = await fake(liar);
    const silent = await fake(hanging);
    const closed = await startFakeGateway(() => undefined);
    await closed.close();
    const missing = await rawBlockCid(randomContent(32));
    const reader = createIpfsReader({ gateways: [lying.url, silent.url, closed.url, node.gatewayUrl], timeoutMs: 300 });

    const error = await reader.getBytes(missing).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AllGatewaysFailedError);
    const { failures, message } = error as AllGatewaysFailedError;
    expect(failures.map((failure) => failure.constructor)).toEqual([
      ContentMismatchError,
      GatewayTimeoutError,
      GatewayUnreachableError,
      GatewayHttpError,
    ]);
    expect(failures.map((failure) => failure.gateway)).toEqual([lying.url, silent.url, closed.url, node.gatewayUrl]);
    expect((failures[3] as GatewayHttpError).status).toBe(404);
    for (const gateway of [lying.url, silent.url, closed.url, node.gatewayUrl]) expect(message).toContain(gateway);
  });

  test("content larger than maxBytes is refused, whether announced or streamed without a length", async () => {
    const small = createIpfsReader({ gateways: [node.gatewayUrl], maxBytes: 1_000 });
    const announced = await small.getBytes(smallCid).catch((caught: unknown) => caught);
    expect((announced as AllGatewaysFailedError).failures[0]).toBeInstanceOf(ContentTooLargeError);

    const endless = await fake(() =>
      startFakeGateway((_req, res) => {
        const timer = setInterval(() => res.write(randomContent(64 * 1024)), 1);
        res.on("close", () => clearInterval(timer));
      }),
    );
    const streamed = await createIpfsReader({ gateways: [endless.url], maxBytes: 1024 * 1024 })
      .getBytes(smallCid)
      .catch((caught: unknown) => caught);
    expect((streamed as AllGatewaysFailedError).failures[0]).toBeInstanceOf(ContentTooLargeError);
  });

  test("a CAR missing a block of the file is an invalid response, not a lie", async () => {
    const truncating = await fake(() =>
      startFakeGateway((req, res) => {
        void fetch(`${node.gatewayUrl}${req.url}`).then(async (response) => {
          const car = new Uint8Array(await response.arrayBuffer());
          res.end(car.subarray(0, 2_000)); // the header and root block only, cut inside the first leaf
        });
      }),
    );
    const reader = createIpfsReader({ gateways: [truncating.url] });
    const error = (await reader.getBytes(bigCid).catch((caught: unknown) => caught)) as AllGatewaysFailedError;
    expect(error.failures[0]).toBeInstanceOf(InvalidGatewayResponseError);
    expect(reader.lyingGateways.size).toBe(0);
  });

  test("getJson of bytes that are not JSON is an UnexpectedContentError", async () => {
    await expect(ipfs.getJson(smallCid)).rejects.toThrow(UnexpectedContentError);
  });

  test("a CID whose hash cannot be verified is refused before any request", async () => {
    const lying = await fake(liar);
    const sha512Cid = CID.create(1, raw.code, await sha512.digest(randomContent(8))).toString();
    await expect(createIpfsReader({ gateways: [lying.url] }).getBytes(sha512Cid)).rejects.toThrow(UnsupportedCidError);
    expect(lying.requests).toEqual([]);
  });

  test("an aborted read stops at once and tries no other gateway", async () => {
    const silent = await fake(hanging);
    const lying = await fake(liar);
    const controller = new AbortController();
    const reading = createIpfsReader({ gateways: [silent.url, lying.url] }).getBytes(smallCid, {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(new Error("user left the page")), 50);
    await expect(reading).rejects.toThrow("user left the page");
    expect(lying.requests).toEqual([]);
  });
});

describe("CID helpers", () => {
  test("cidToBytes and cidFromBytes round-trip CIDv1 and CIDv0, from bytes or 0x hex", () => {
    for (const cid of [smallCid, bigCid, "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"]) {
      const bytes = cidToBytes(cid);
      expect(cidFromBytes(bytes)).toBe(cid);
      expect(cidFromBytes(`0x${Buffer.from(bytes).toString("hex")}`)).toBe(cid);
    }
    expect(cidToBytes(smallCid)).toEqual(CID.parse(smallCid).bytes);
  });

  test("invalid CIDs, bytes and hex are InvalidCidErrors", () => {
    expect(() => cidToBytes("bafy-not-a-cid")).toThrow(InvalidCidError);
    expect(() => cidFromBytes(new Uint8Array([1, 2, 3]))).toThrow(InvalidCidError);
    expect(() => cidFromBytes("0xzz")).toThrow(InvalidCidError);
    expect(() => cidFromBytes(new Uint8Array([...cidToBytes(smallCid), 0]))).toThrow(InvalidCidError);
  });

  test("gatewayUrlFor builds the /ipfs/ URL an <img> can load, with an optional verifiable format", async () => {
    expect(gatewayUrlFor("http://127.0.0.1:5001/", smallCid)).toBe(`http://127.0.0.1:5001/ipfs/${smallCid}`);
    expect(gatewayUrlFor("https://gw.example", bigCid, "car")).toBe(`https://gw.example/ipfs/${bigCid}?format=car`);
    expect(() => gatewayUrlFor("https://gw.example", "nope")).toThrow(InvalidCidError);
    const response = await fetch(gatewayUrlFor(node.gatewayUrl, bigCid));
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bigFile);
  });
});
