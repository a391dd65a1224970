import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { UnixFS } from "@helia/unixfs";
import * as dagPb from "@ipld/dag-pb";
import type { Helia } from "helia";
import type { CID } from "multiformats/cid";
import * as raw from "multiformats/codecs/raw";
import { CAR_CONTENT_TYPE, carStream } from "./car.ts";
import { parseCidParam } from "./cidParam.ts";
import { sniffContentType } from "./contentType.ts";
import { readLocalBlock, walkDag } from "./dag.ts";
import { HttpError } from "./httpError.ts";
import type { ResponseFormat } from "./responseFormat.ts";
import { responseFormat } from "./responseFormat.ts";

/** Headers on every gateway response, errors included: readable from any origin, never executable. */
export const GATEWAY_BASE_HEADERS: OutgoingHttpHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, X-Ipfs-Path",
  "X-Content-Type-Options": "nosniff",
  // A served SVG or HTML must not run script on the API's origin; <img> embedding is unaffected.
  "Content-Security-Policy": "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
};

interface PreparedResponse {
  headers: OutgoingHttpHeaders;
  body: Uint8Array | AsyncIterable<Uint8Array>;
}

/**
 * Serves `GET|HEAD /ipfs/<cid>` from local blocks only: `format=raw` (the block), `format=car`
 * (CARv1 of the whole DAG) or, by default, the UnixFS file bytes with a sniffed Content-Type.
 * Content is immutable, so responses carry an ETag and a year-long immutable Cache-Control.
 *
 * @example
 * if (url.pathname.startsWith('/ipfs/')) await serveGateway(helia, fs, req, res, url)
 */
export async function serveGateway(
  helia: Helia,
  fs: UnixFS,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    throw new HttpError(405, `Method ${req.method} is not allowed on the gateway: use GET or HEAD`);
  }
  const cid = gatewayCid(url.pathname);
  const format = responseFormat(url.searchParams.get("format"), req.headers.accept);
  const prepared = await prepare(helia, fs, cid, format);
  const etag = `"${cid}${format === "file" ? "" : `.${format}`}"`;
  const headers: OutgoingHttpHeaders = {
    ...prepared.headers,
    ETag: etag,
    "Cache-Control": "public, max-age=29030400, immutable",
    "X-Ipfs-Path": `/ipfs/${cid}`,
    Vary: "Accept",
  };
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304, { ETag: etag, "Cache-Control": headers["Cache-Control"] }).end();
    return;
  }
  res.writeHead(200, headers);
  if (req.method === "HEAD") res.end();
  else if (prepared.body instanceof Uint8Array) res.end(prepared.body);
  else await pipeline(Readable.from(prepared.body), res);
}

function gatewayCid(pathname: string): CID {
  const [cid = "", ...path] = pathname.slice("/ipfs/".length).split("/");
  if (cid === "") throw new HttpError(400, "Missing CID: request /ipfs/<cid>");
  if (path.some(Boolean))
    throw new HttpError(400, "Paths inside a DAG are not supported: request /ipfs/<cid> of the file itself");
  return parseCidParam(cid);
}

async function prepare(helia: Helia, fs: UnixFS, cid: CID, format: ResponseFormat): Promise<PreparedResponse> {
  if (format === "raw") {
    const bytes = await readLocalBlock(helia, cid);
    return { headers: download("application/vnd.ipld.raw", `${cid}.bin`, bytes.length), body: bytes };
  }
  if (format === "car") {
    if (!(await helia.blockstore.has(cid))) throw new HttpError(404, `/ipfs/${cid} is not stored on this node`);
    return { headers: download(CAR_CONTENT_TYPE, `${cid}.car`), body: carStream(cid, walkDag(helia, cid)) };
  }
  return prepareFile(fs, cid);
}

async function prepareFile(fs: UnixFS, cid: CID): Promise<PreparedResponse> {
  if (cid.code !== raw.code && cid.code !== dagPb.code) {
    throw new HttpError(406, `/ipfs/${cid} is not a UnixFS file: request it with format=raw or format=car`);
  }
  const stat = await fs.stat(cid, { offline: true });
  if (stat.type === "directory")
    throw new HttpError(501, `/ipfs/${cid} is a directory: directory listings are not supported`);
  const chunks = fs.cat(cid, { offline: true })[Symbol.asyncIterator]();
  const first = await chunks.next();
  const head = first.done === true ? new Uint8Array() : first.value;
  async function* body(): AsyncGenerator<Uint8Array> {
    yield head;
    for (let next = await chunks.next(); next.done !== true; next = await chunks.next()) yield next.value;
  }
  return {
    headers: { "Content-Type": sniffContentType(head), "Content-Length": Number(stat.size) },
    body: body(),
  };
}

function download(contentType: string, filename: string, length?: number): OutgoingHttpHeaders {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${filename}"`,
    ...(length === undefined ? {} : { "Content-Length": length }),
  };
}
