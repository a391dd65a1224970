import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { UnixFS } from "@helia/unixfs";
import type { Helia } from "helia";
import { parseIpfsPath } from "./cidParam.ts";
import { readLocalBlock } from "./dag.ts";
import { importCar } from "./dagImport.ts";
import { HttpError } from "./httpError.ts";
import { importBytes, pinRecursively } from "./importFile.ts";
import { readUploadedFiles } from "./multipart.ts";

export interface RpcContext {
  helia: Helia;
  fs: UnixFS;
  maxUploadBytes: number;
}

type Command = (
  context: RpcContext,
  req: IncomingMessage,
  res: ServerResponse,
  params: URLSearchParams,
) => Promise<void>;

/** `add` options that would change the resulting CIDs, with the only value this node implements. */
const FIXED_ADD_OPTIONS: Readonly<Record<string, string>> = {
  hash: "sha2-256",
  chunker: "size-262144",
  trickle: "false",
  "wrap-with-directory": "false",
  "only-hash": "false",
};

const add: Command = async ({ helia, maxUploadBytes }, req, res, params) => {
  for (const [name, only] of Object.entries(FIXED_ADD_OPTIONS)) {
    const value = params.get(name);
    if (value !== null && value !== only)
      throw new HttpError(400, `Option ${name}=${value} is not supported by this node (only ${only})`);
  }
  const cidVersion = params.get("cid-version") ?? "0";
  if (cidVersion !== "0" && cidVersion !== "1")
    throw new HttpError(400, `Option cid-version=${cidVersion} is not supported (0 or 1)`);
  const options = {
    cidVersion: cidVersion === "1" ? 1 : 0,
    rawLeaves: booleanParam(params, "raw-leaves", cidVersion === "1"),
    pin: booleanParam(params, "pin", true),
  } as const;
  const files = await readUploadedFiles(req, maxUploadBytes);
  const lines: string[] = [];
  for (const file of files) {
    const { cid, size } = await importBytes(helia, file.bytes, options);
    const hash = cid.toString();
    lines.push(JSON.stringify({ Name: file.name === "" ? hash : file.name, Hash: hash, Size: size.toString() }));
  }
  res.writeHead(200, { "Content-Type": "application/json" }).end(lines.map((line) => `${line}\n`).join(""));
};

const cat: Command = async ({ fs }, _req, res, params) => {
  const { cid, path } = parseIpfsPath(params.get("arg"));
  const chunks = fs
    .cat(cid, {
      offline: true,
      path: path === "" ? undefined : path,
      offset: integerParam(params, "offset"),
      length: integerParam(params, "length"),
    })
    [Symbol.asyncIterator]();
  const first = await chunks.next(); // fails before any header is sent when the CID is unknown
  res.writeHead(200, { "Content-Type": "text/plain" });
  async function* rest(): AsyncGenerator<Uint8Array> {
    if (first.done !== true) yield first.value;
    for (let next = await chunks.next(); next.done !== true; next = await chunks.next()) yield next.value;
  }
  await pipeline(Readable.from(rest()), res);
};

const blockGet: Command = async ({ helia }, _req, res, params) => {
  const { cid } = parseIpfsPath(params.get("arg"));
  const bytes = await readLocalBlock(helia, cid);
  res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": bytes.length }).end(bytes);
};

const pinAdd: Command = async ({ helia }, _req, res, params) => {
  const args = params.getAll("arg");
  if (args.length === 0) throw new HttpError(400, 'Argument "arg" (a CID or /ipfs/ path) is required');
  const pins: string[] = [];
  for (const arg of args) {
    const { cid, path } = parseIpfsPath(arg);
    if (path !== "") throw new HttpError(400, `Pinning a path inside a DAG is not supported: pin ${cid} itself`);
    if (!(await helia.blockstore.has(cid)))
      throw new HttpError(404, `${cid} is not stored on this node (it is offline and never fetches from the network)`);
    await pinRecursively(helia, cid);
    pins.push(cid.toString());
  }
  res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ Pins: pins }));
};

/**
 * `dag/import`: stores the blocks of each uploaded CAR (every block checked against its CID first) and, unless
 * `pin-roots=false`, pins each root recursively. As in Kubo, a root whose DAG is incomplete is reported with a
 * `PinErrorMsg` instead of failing the whole upload; `stats=true` adds a `Stats` line.
 */
const dagImport: Command = async ({ helia, maxUploadBytes }, req, res, params) => {
  const pinRoots = booleanParam(params, "pin-roots", true);
  const withStats = booleanParam(params, "stats", false);
  const files = await readUploadedFiles(req, maxUploadBytes);
  const imported = [];
  for (const file of files) imported.push(await importCar(helia, file.bytes));
  const lines: string[] = [];
  for (const root of imported.flatMap(({ roots }) => roots)) {
    let pinError = "";
    if (pinRoots)
      pinError = await pinRecursively(helia, root).then(
        () => "",
        (error: unknown) => `pinning root ${root} failed: ${(error as Error).message}`,
      );
    lines.push(JSON.stringify({ Root: { Cid: { "/": root.toString() }, PinErrorMsg: pinError } }));
  }
  if (withStats) {
    const blockCount = imported.reduce((sum, car) => sum + car.blockCount, 0);
    const blockBytes = imported.reduce((sum, car) => sum + car.blockBytes, 0);
    lines.push(JSON.stringify({ Stats: { BlockCount: blockCount, BlockBytesCount: blockBytes } }));
  }
  res.writeHead(200, { "Content-Type": "application/json" }).end(lines.map((line) => `${line}\n`).join(""));
};

const version: Command = async ({ helia }, _req, res) => {
  const body = {
    Version: `${helia.info.name}-${helia.info.version}`,
    Commit: "",
    Repo: "",
    System: `${process.arch}/${process.platform}`,
    Golang: "",
  };
  res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(body));
};

const COMMANDS: Readonly<Record<string, Command>> = {
  add,
  cat,
  "block/get": blockGet,
  "dag/import": dagImport,
  "pin/add": pinAdd,
  version,
};

/**
 * Serves the Kubo RPC subset under `/api/v0/`: `add`, `cat`, `block/get`, `dag/import`, `pin/add`, `version`.
 * Like Kubo, every command is POST-only; answers have Kubo's JSON shapes, so `kubo-rpc-client` works.
 *
 * @example
 * if (url.pathname.startsWith('/api/v0/')) await serveRpc(context, req, res, url)
 */
export async function serveRpc(
  context: RpcContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const name = url.pathname.slice("/api/v0/".length).replace(/\/$/, "");
  const command = COMMANDS[name];
  if (command === undefined)
    throw new HttpError(404, `Unknown command "${name}": this node implements ${Object.keys(COMMANDS).join(", ")}`);
  if (req.method !== "POST") {
    res.setHeader("Allow", "POST");
    throw new HttpError(405, `Method ${req.method} is not allowed: the RPC API only accepts POST`);
  }
  await command(context, req, res, url.searchParams);
}

function booleanParam(params: URLSearchParams, name: string, fallback: boolean): boolean {
  const value = params.get(name);
  if (value === null || value === "") return fallback;
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw new HttpError(400, `Option ${name}=${value} is not a boolean (true or false)`);
}

function integerParam(params: URLSearchParams, name: string): number | undefined {
  const value = params.get(name);
  if (value === null || value === "") return undefined;
  if (!/^\d+$/.test(value)) throw new HttpError(400, `Option ${name}=${value} is not a non-negative integer`);
  return Number(value);
}
