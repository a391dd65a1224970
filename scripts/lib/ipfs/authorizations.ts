import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { HttpError } from "./httpError.ts";

/**
 * One user of the RPC API, as Kubo's `API.Authorizations` describes it: the `Authorization` header value that
 * identifies them, and the RPC path prefixes they may call.
 */
export interface ApiAuthorization {
  name: string;
  /** The whole expected `Authorization` header value: `Bearer <token>` or `Basic <base64>`. */
  header: string;
  /** RPC path prefixes, e.g. `["/api/v0"]` for everything or `["/api/v0/dag/import"]` for CAR uploads only. */
  allowedPaths: readonly string[];
}

/** The authorizations given to the node are malformed. */
export class ApiAuthorizationsError extends Error {
  constructor(source: string, reason: string) {
    super(`Invalid IPFS API authorizations in ${source}: ${reason}`);
    this.name = "ApiAuthorizationsError";
  }
}

/** Kubo always lets anyone ask the version, so clients can check compatibility before authenticating. */
const ALWAYS_ALLOWED = "/api/v0/version";

/**
 * Reads authorizations in Kubo's format: either a whole Kubo config (`{ "API": { "Authorizations": … } }`) or the
 * `Authorizations` object itself, mapping a user name to `{ AuthSecret, AllowedPaths }`. `AuthSecret` is
 * `bearer:<token>`, `basic:<user>:<password>`, `basic:<base64>`, or a bare token (bearer, as in Kubo).
 * @throws ApiAuthorizationsError naming `source` and what is wrong.
 * @example
 * parseApiAuthorizations({ app: { AuthSecret: "bearer:s3cret", AllowedPaths: ["/api/v0/dag/import"] } }, "env")
 * // [{ name: "app", header: "Bearer s3cret", allowedPaths: ["/api/v0/dag/import"] }]
 */
export function parseApiAuthorizations(value: unknown, source: string): ApiAuthorization[] {
  const config = value as { API?: { Authorizations?: unknown } } | null;
  const map = typeof config === "object" && config !== null && "API" in config ? config.API?.Authorizations : value;
  if (typeof map !== "object" || map === null || Array.isArray(map))
    throw new ApiAuthorizationsError(source, "expected an object of { <name>: { AuthSecret, AllowedPaths } }");
  return Object.entries(map).map(([name, entry]) => {
    const { AuthSecret: secret, AllowedPaths: paths } = (entry ?? {}) as Record<string, unknown>;
    if (typeof secret !== "string" || secret.trim() === "")
      throw new ApiAuthorizationsError(source, `"${name}" has no AuthSecret`);
    if (!Array.isArray(paths) || paths.length === 0 || !paths.every((path) => /^\/api\/v0(\/|$)/.test(String(path))))
      throw new ApiAuthorizationsError(source, `"${name}" needs AllowedPaths, a list of paths under /api/v0`);
    return { name, header: authorizationHeader(secret, name, source), allowedPaths: paths.map(String) };
  });
}

function authorizationHeader(secret: string, name: string, source: string): string {
  const [type, ...rest] = secret.split(":");
  const value = rest.join(":");
  if (type === "basic") {
    if (value === "") throw new ApiAuthorizationsError(source, `"${name}" has an empty basic secret`);
    return `Basic ${value.includes(":") ? Buffer.from(value).toString("base64") : value}`;
  }
  const token = type === "bearer" ? value : secret;
  if (token.trim() === "") throw new ApiAuthorizationsError(source, `"${name}" has an empty bearer token`);
  return `Bearer ${token}`;
}

const digest = (text: string): Buffer => createHash("sha256").update(text).digest();

/** Compares in constant time, so a wrong token's timing says nothing about the right one. */
const sameSecret = (given: string, expected: string): boolean => timingSafeEqual(digest(given), digest(expected));

const isUnder = (pathname: string, prefix: string): boolean =>
  pathname === prefix || pathname.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`);

/**
 * Lets an RPC request through only with an `Authorization` header matching one of `authorizations` whose allowed
 * paths cover `pathname` (`/api/v0/version` is open, as in Kubo). With no authorizations, everything passes.
 * @throws HttpError 401 without a valid token, 403 when the token may not call this path.
 */
export function authorizeRpc(
  req: IncomingMessage,
  pathname: string,
  authorizations: readonly ApiAuthorization[],
): void {
  if (authorizations.length === 0 || pathname === ALWAYS_ALLOWED) return;
  const given = req.headers.authorization;
  if (given === undefined || given.trim() === "")
    throw new HttpError(401, "This IPFS node requires an access token: send Authorization: Bearer <token>");
  const user = authorizations.find((authorization) => sameSecret(given.trim(), authorization.header));
  if (user === undefined) throw new HttpError(401, "The access token is not valid on this IPFS node");
  if (!user.allowedPaths.some((prefix) => isUnder(pathname, prefix)))
    throw new HttpError(403, `The access token "${user.name}" may not call ${pathname} on this IPFS node`);
}
