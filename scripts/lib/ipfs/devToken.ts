import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import type { ApiAuthorization } from "./authorizations.ts";
import { isLoopbackHost } from "./loopback.ts";

/**
 * The write token of `npm run dev`'s IPFS node. It is made fresh at each start, given to the node, the seed and the
 * app in memory, and written for the CLI to a file readable by this user only, outside the repository
 * (`<tmp>/grandrue-<user>/ipfs-<port>.token`), removed when the stack stops.
 */
export type DevIpfsToken = { token: string; authorizations: ApiAuthorization[] };

/** A new random token and the authorization the node checks it against (every RPC call). */
export function newDevIpfsToken(): DevIpfsToken {
  const token = randomBytes(24).toString("base64url");
  return { token, authorizations: [{ name: "dev", header: `Bearer ${token}`, allowedPaths: ["/api/v0"] }] };
}

const tokenDir = (): string => join(tmpdir(), `grandrue-${userInfo().username}`);

/** Where the token of the dev node on `port` is kept for the CLI. */
export const devTokenPath = (port: number): string => join(tokenDir(), `ipfs-${port}.token`);

/** Writes the token for the CLI (mode 0600 in a 0700 folder); returns where, and how to remove it. */
export async function saveDevIpfsToken(
  port: number,
  token: string,
): Promise<{ path: string; remove(): Promise<void> }> {
  await mkdir(tokenDir(), { recursive: true, mode: 0o700 });
  const path = devTokenPath(port);
  await writeFile(path, `${token}\n`, { mode: 0o600 });
  return { path, remove: () => rm(path, { force: true }) };
}

/** The token of a dev node running on `port`, or `undefined` when none is running there. */
export async function readDevIpfsToken(port: number): Promise<string | undefined> {
  try {
    return (await readFile(devTokenPath(port), "utf8")).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The token to send to the IPFS API at `apiUrl`: `GRANDRUE_IPFS_TOKEN` when set, else, for a node on this machine,
 * the token `npm run dev` saved for its port, else none.
 * @example createIpfsClient({ apiUrl, token: await ipfsTokenFor(apiUrl, process.env), gateways })
 */
export async function ipfsTokenFor(apiUrl: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const fromEnv = env.GRANDRUE_IPFS_TOKEN?.trim();
  if (fromEnv) return fromEnv;
  const url = new URL(apiUrl);
  if (!isLoopbackHost(url.hostname.replace(/^\[|\]$/g, ""))) return undefined;
  return readDevIpfsToken(Number(url.port || (url.protocol === "https:" ? 443 : 80)));
}
