import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { RunningIpfsNode } from "../../scripts/ipfs-node.ts";
import { startIpfsNode } from "../../scripts/ipfs-node.ts";
import { ApiAuthorizationsError, parseApiAuthorizations } from "../../scripts/lib/ipfs/authorizations.ts";
import { OpenApiRefusedError } from "../../scripts/lib/ipfs/startIpfsNode.ts";
import { randomContent, rawBlockCid, tempDataDir } from "./support.ts";

const WRITER = "writer-token-0123456789";
const IMPORTER = "import-only-token-0123456789";

let node: RunningIpfsNode;
let dataDir: Awaited<ReturnType<typeof tempDataDir>>;

const add = (bytes: Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) => {
  const form = new FormData();
  form.append("file", new Blob([bytes]), "file.bin");
  return fetch(`${node.apiUrl}/api/v0/add?cid-version=1`, { method: "POST", body: form, headers });
};
const isStored = async (cid: string) => (await fetch(`${node.gatewayUrl}/ipfs/${cid}?format=raw`)).status === 200;

beforeAll(async () => {
  dataDir = await tempDataDir();
  node = await startIpfsNode({
    dataDir: dataDir.path,
    allowedApiOrigins: ["http://localhost:5173"],
    authorizations: parseApiAuthorizations(
      {
        API: {
          Authorizations: {
            app: { AuthSecret: `bearer:${WRITER}`, AllowedPaths: ["/api/v0"] },
            importer: { AuthSecret: IMPORTER, AllowedPaths: ["/api/v0/dag/import"] },
          },
        },
      },
      "test",
    ),
  });
});

afterAll(async () => {
  await node?.stop();
  await dataDir?.remove();
});

describe("an IPFS node with authorizations", () => {
  test("a write without a token is a 401 with a JSON error, and nothing is written", async () => {
    const bytes = randomContent(200);
    const response = await add(bytes);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await response.json()).toEqual({
      Message: "This IPFS node requires an access token: send Authorization: Bearer <token>",
      Code: 1,
      Type: "error",
    });
    expect(await isStored(await rawBlockCid(bytes))).toBe(false);
  });

  test("a write with a wrong token is a 401, and nothing is written, even for a large upload", async () => {
    const bytes = randomContent(2 * 1024 * 1024);
    const response = await add(bytes, { Authorization: `Bearer ${WRITER}x` });
    expect(response.status).toBe(401);
    expect((await response.json()).Message).toBe("The access token is not valid on this IPFS node");
    expect(await isStored(await rawBlockCid(bytes))).toBe(false);
  });

  test("a write with a valid bearer token is stored and served by the open gateway", async () => {
    const bytes = randomContent(200);
    const response = await add(bytes, { Authorization: `Bearer ${WRITER}` });
    expect(response.status).toBe(200);
    expect((await response.json()).Hash).toBe(await rawBlockCid(bytes));
    expect(await isStored(await rawBlockCid(bytes))).toBe(true);
  });

  test("a token limited to some paths gets a 403 elsewhere", async () => {
    const response = await add(randomContent(10), { Authorization: `Bearer ${IMPORTER}` });
    expect(response.status).toBe(403);
    expect((await response.json()).Message).toContain('"importer" may not call /api/v0/add');
  });

  test("reads through the RPC API need a token too, but version stays open, as in Kubo", async () => {
    const cid = await rawBlockCid(randomContent(10));
    expect((await fetch(`${node.apiUrl}/api/v0/block/get?arg=${cid}`, { method: "POST" })).status).toBe(401);
    expect((await fetch(`${node.apiUrl}/api/v0/version`, { method: "POST" })).status).toBe(200);
  });

  test("a browser's CORS preflight is answered without a token, allowing the Authorization header", async () => {
    const response = await fetch(`${node.apiUrl}/api/v0/dag/import`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:5173",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-headers")).toBe("authorization");
  });
});

describe("starting a node", () => {
  test("refuses to listen beyond loopback, or in production mode, without authorizations", async () => {
    const dir = await tempDataDir();
    try {
      await expect(startIpfsNode({ dataDir: dir.path, host: "0.0.0.0" })).rejects.toThrow(OpenApiRefusedError);
      await expect(startIpfsNode({ dataDir: dir.path, production: true })).rejects.toThrow(
        /production mode.*--authorizations/,
      );
    } finally {
      await dir.remove();
    }
  });

  test("authorizations are read in Kubo's format, basic secrets included", () => {
    expect(
      parseApiAuthorizations(
        {
          alice: { AuthSecret: "basic:alice:password123", AllowedPaths: ["/api/v0/id"] },
          bob: { AuthSecret: "basic:Ym9iOnB3", AllowedPaths: ["/api/v0"] },
        },
        "file",
      ),
    ).toEqual([
      {
        name: "alice",
        header: `Basic ${Buffer.from("alice:password123").toString("base64")}`,
        allowedPaths: ["/api/v0/id"],
      },
      { name: "bob", header: "Basic Ym9iOnB3", allowedPaths: ["/api/v0"] },
    ]);
  });

  test("malformed authorizations say what is wrong", () => {
    expect(() => parseApiAuthorizations([], "f.json")).toThrow(ApiAuthorizationsError);
    expect(() => parseApiAuthorizations({ a: { AllowedPaths: ["/api/v0"] } }, "f.json")).toThrow(
      '"a" has no AuthSecret',
    );
    expect(() => parseApiAuthorizations({ a: { AuthSecret: "bearer:", AllowedPaths: ["/api/v0"] } }, "f.json")).toThrow(
      "empty bearer token",
    );
    expect(() => parseApiAuthorizations({ a: { AuthSecret: "t", AllowedPaths: ["/ipfs"] } }, "f.json")).toThrow(
      "AllowedPaths",
    );
  });
});
