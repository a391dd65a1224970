/**
 * The dev stack's IPFS node: an offline Helia repo on disk behind a Kubo RPC subset and a
 * trustless gateway, both on one loopback port.
 *
 *   npm run ipfs -- [--port 5001] [--host 127.0.0.1] [--data .data/ipfs]
 *                             [--max-upload-bytes 10485760] [--allow-origin http://localhost:5173 ...]
 *                             [--authorizations <file>] [--production]
 *
 * `--data` defaults to `.data/ipfs` at the repository root. Who may call the RPC API comes from `--authorizations`
 * (a JSON file in Kubo's `API.Authorizations` format, kept outside the repository) or the environment variable
 * GRANDRUE_IPFS_AUTHORIZATIONS (the same JSON); the node refuses to start without them beyond loopback or with
 * `--production`. Stops cleanly on SIGINT / SIGTERM.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type ApiAuthorization, ApiAuthorizationsError, parseApiAuthorizations } from "./lib/ipfs/authorizations.ts";
import { DEFAULT_MAX_UPLOAD_BYTES, startIpfsNode } from "./lib/ipfs/startIpfsNode.ts";

export type { IpfsNodeOptions, RunningIpfsNode } from "./lib/ipfs/startIpfsNode.ts";
export { DEFAULT_MAX_UPLOAD_BYTES, startIpfsNode };

const DEFAULT_DATA_DIR = fileURLToPath(new URL("../.data/ipfs", import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "5001" },
      host: { type: "string", default: "127.0.0.1" },
      data: { type: "string", default: DEFAULT_DATA_DIR },
      "max-upload-bytes": { type: "string", default: String(DEFAULT_MAX_UPLOAD_BYTES) },
      "allow-origin": { type: "string", multiple: true, default: [] },
      authorizations: { type: "string" },
      production: { type: "boolean", default: false },
    },
  });
  const authorizations = await readAuthorizations(values.authorizations, process.env.GRANDRUE_IPFS_AUTHORIZATIONS);
  const node = await startIpfsNode({
    dataDir: values.data,
    host: values.host,
    port: integerOption("--port", values.port, 0),
    maxUploadBytes: integerOption("--max-upload-bytes", values["max-upload-bytes"], 1),
    allowedApiOrigins: values["allow-origin"],
    authorizations,
    production: values.production,
  });
  console.log(`IPFS data:    ${values.data}`);
  console.log(`Kubo RPC API: ${node.apiUrl}/api/v0`);
  console.log(`Gateway:      ${node.gatewayUrl}/ipfs/<cid>`);
  console.log(
    authorizations.length === 0
      ? "RPC access:   open to anyone on this machine (no authorizations)"
      : `RPC access:   tokens of ${authorizations.map(({ name }) => name).join(", ")}`,
  );
  const shutdown = (signal: string): void => {
    console.log(`${signal}: stopping the IPFS node…`);
    node.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

/** The authorizations from `--authorizations <file>`, else from the environment variable, else none. */
async function readAuthorizations(file: string | undefined, fromEnv: string | undefined): Promise<ApiAuthorization[]> {
  const [source, text] =
    file !== undefined
      ? [file, await readFile(file, "utf8")]
      : ["GRANDRUE_IPFS_AUTHORIZATIONS", fromEnv?.trim() ? fromEnv : undefined];
  if (text === undefined) return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ApiAuthorizationsError(source, `not JSON (${(error as Error).message})`);
  }
  return parseApiAuthorizations(json, source);
}

function integerOption(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < min)
    throw new Error(`${flag} must be an integer of at least ${min}, got "${text}"`);
  return value;
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
