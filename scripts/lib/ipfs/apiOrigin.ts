import type { IncomingMessage, ServerResponse } from "node:http";
import { HttpError } from "./httpError.ts";

/**
 * Guards the RPC API against other web pages, as Kubo's `API.HTTPHeaders` does: a browser
 * request carries an `Origin`, and only the listed origins (or `'*'`) may write through the API;
 * requests without one (Node, curl) pass. An allowed origin gets the CORS headers it needs, and a
 * CORS preflight (`OPTIONS`) is answered here. Returns `true` when the request was fully answered.
 *
 * @example
 * if (guardApiOrigin(req, res, ['http://localhost:5173'])) return
 */
export function guardApiOrigin(req: IncomingMessage, res: ServerResponse, allowedOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  if (!allowedOrigins.includes(origin) && !allowedOrigins.includes("*")) {
    throw new HttpError(403, `Origin ${origin} may not use this RPC API: start the node with --allow-origin ${origin}`);
  }
  res.setHeader("Access-Control-Allow-Origin", origin);
  res.setHeader("Vary", "Origin");
  if (req.method !== "OPTIONS") return false;
  res
    .writeHead(204, {
      "Access-Control-Allow-Methods": "POST",
      "Access-Control-Allow-Headers": req.headers["access-control-request-headers"] ?? "",
      "Access-Control-Max-Age": "600",
    })
    .end();
  return true;
}
