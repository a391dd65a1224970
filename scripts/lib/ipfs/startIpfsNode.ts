import { once } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { unixfs } from "@helia/unixfs";
import { guardApiOrigin } from "./apiOrigin.ts";
import { type ApiAuthorization, authorizeRpc } from "./authorizations.ts";
import { GATEWAY_BASE_HEADERS, serveGateway } from "./gateway.ts";
import { HttpError, toHttpError } from "./httpError.ts";
import { isLoopbackHost } from "./loopback.ts";
import { openOfflineRepo } from "./repo.ts";
import type { RpcContext } from "./rpcApi.ts";
import { serveRpc } from "./rpcApi.ts";

export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** How long `stop()` lets requests in flight finish before cutting their connections. */
const STOP_GRACE_MS = 5_000;

export interface IpfsNodeOptions {
  /** Where blocks and pins are kept; created if missing. Only one node may use it at a time. */
  dataDir: string;
  /** @default '127.0.0.1' */
  host?: string;
  /** 0 picks a free port. @default 0 */
  port?: number;
  /** Largest total upload accepted by `/api/v0/add`, larger is a 413. @default 10 MiB */
  maxUploadBytes?: number;
  /** Browser origins allowed to call the RPC API (e.g. the dev app), `'*'` for any. @default [] */
  allowedApiOrigins?: readonly string[];
  /**
   * Who may call the RPC API (Kubo's `API.Authorizations`): once given, every RPC call but `version` needs a valid
   * `Authorization` header; the gateway stays open. Required beyond loopback and in production. @default []
   */
  authorizations?: readonly ApiAuthorization[];
  /** Production mode: the node refuses to start without authorizations, even on loopback. @default false */
  production?: boolean;
}

/** The node would accept writes from anyone who can reach it. */
export class OpenApiRefusedError extends Error {
  constructor(reason: string) {
    super(
      `Refusing to start an IPFS node whose RPC API anyone could write to (${reason}): give it authorizations (npm run ipfs -- --authorizations <file>, or GRANDRUE_IPFS_AUTHORIZATIONS)`,
    );
    this.name = "OpenApiRefusedError";
  }
}

export interface RunningIpfsNode {
  /** Kubo RPC base, e.g. `http://127.0.0.1:5001`: pass it to `kubo-rpc-client`'s `create({ url })`. */
  apiUrl: string;
  /** Trustless gateway base, on the same server: content is at `${gatewayUrl}/ipfs/<cid>`. */
  gatewayUrl: string;
  port: number;
  /** Stops accepting requests, lets those in flight finish, then closes the repo so nothing is lost. */
  stop(): Promise<void>;
}

/**
 * Starts an offline IPFS node (Helia on disk, no libp2p) behind one HTTP server that speaks a
 * Kubo RPC subset under `/api/v0/` and the trustless gateway under `/ipfs/`.
 *
 * @example
 * const node = await startIpfsNode({ dataDir: '.data/ipfs', port: 5001 })
 * const kubo = create({ url: node.apiUrl })
 * await node.stop()
 */
export async function startIpfsNode(options: IpfsNodeOptions): Promise<RunningIpfsNode> {
  const {
    dataDir,
    host = "127.0.0.1",
    port = 0,
    maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES,
    allowedApiOrigins = [],
    authorizations = [],
    production = false,
  } = options;
  if (authorizations.length === 0 && production) throw new OpenApiRefusedError("production mode");
  if (authorizations.length === 0 && !isLoopbackHost(host)) throw new OpenApiRefusedError(`it listens on ${host}`);
  const repo = await openOfflineRepo(dataDir);
  const context: RpcContext = { helia: repo.helia, fs: unixfs(repo.helia), maxUploadBytes };

  let stopping: Promise<void> | undefined;
  const inFlight = new Set<Promise<void>>();
  const server = createServer((req, res) => {
    // Once stopping, a keep-alive connection is closed as soon as its last response is sent.
    res.on("close", () => {
      if (stopping !== undefined) server.closeIdleConnections();
    });
    const handling = handle(context, { allowedApiOrigins, authorizations }, req, res).finally(() =>
      inFlight.delete(handling),
    );
    inFlight.add(handling);
  });
  try {
    server.listen(port, host);
    await once(server, "listening");
  } catch (error) {
    await repo.close();
    throw error;
  }
  const actualPort = (server.address() as AddressInfo).port;
  const base = `http://${host.includes(":") ? `[${host}]` : host}:${actualPort}`;

  const stop = async (): Promise<void> => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const grace = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS);
    await closed;
    clearTimeout(grace);
    await Promise.all(inFlight); // a handler may outlive its connection; let it finish writing blocks
    await repo.close();
  };
  return {
    apiUrl: base,
    gatewayUrl: base,
    port: actualPort,
    stop: () => (stopping ??= stop()),
  };
}

/** Who may call the RPC API: from which browser origins, and with which tokens. */
interface ApiAccess {
  allowedApiOrigins: readonly string[];
  authorizations: readonly ApiAuthorization[];
}

async function handle(
  context: RpcContext,
  access: ApiAccess,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://ipfs.localhost");
  const isApi = url.pathname.startsWith("/api/v0/");
  try {
    if (isApi) {
      if (guardApiOrigin(req, res, access.allowedApiOrigins)) return;
      authorizeRpc(req, url.pathname, access.authorizations);
      await serveRpc(context, req, res, url);
    } else if (url.pathname.startsWith("/ipfs/")) {
      for (const [name, value] of Object.entries(GATEWAY_BASE_HEADERS)) res.setHeader(name, value!);
      await serveGateway(context.helia, context.fs, req, res, url);
    } else {
      throw new HttpError(404, `Nothing at ${url.pathname}: the RPC API is under /api/v0/, content under /ipfs/<cid>`);
    }
  } catch (error) {
    sendError(res, toHttpError(error, url.pathname), isApi);
  }
}

/** Kubo answers RPC errors as `{ Message, Code, Type }` JSON; the gateway answers plain text. */
function sendError(res: ServerResponse, error: HttpError, isApi: boolean): void {
  if (res.headersSent) {
    res.destroy(error); // a truncated body must not look complete
    return;
  }
  if (isApi) {
    const body = JSON.stringify({ Message: error.message, Code: error.status >= 500 ? 0 : 1, Type: "error" });
    const challenge = error.status === 401 ? { "WWW-Authenticate": 'Bearer realm="IPFS RPC API"' } : {};
    res.writeHead(error.status, { "Content-Type": "application/json", ...challenge }).end(body);
  } else {
    res.writeHead(error.status, { "Content-Type": "text/plain; charset=utf-8" }).end(`${error.message}\n`);
  }
}
