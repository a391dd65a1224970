/**
 * The dev stack's IPFS node: an offline Helia repo on disk behind a Kubo RPC subset and a
 * trustless gateway, both on one loopback port.
 *
 *   npm run ipfs -- [--port 5001] [--host 127.0.0.1] [--data .data/ipfs]
 *                             [--max-upload-bytes 10485760] [--allow-origin http://localhost:5173 ...]
 *
 * `--data` defaults to `.data/ipfs` at the repository root. Stops cleanly on SIGINT / SIGTERM.
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
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
    },
  });
  const node = await startIpfsNode({
    dataDir: values.data,
    host: values.host,
    port: integerOption("--port", values.port, 0),
    maxUploadBytes: integerOption("--max-upload-bytes", values["max-upload-bytes"], 1),
    allowedApiOrigins: values["allow-origin"],
  });
  console.log(`IPFS data:    ${values.data}`);
  console.log(`Kubo RPC API: ${node.apiUrl}/api/v0`);
  console.log(`Gateway:      ${node.gatewayUrl}/ipfs/<cid>`);
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
