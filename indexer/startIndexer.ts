import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Deployment, IpfsReplicaConfig } from "@grandrue/sdk";
import { createPublicClient, http } from "viem";
import { ensurePortsFree, freePorts } from "../scripts/lib/dev-stack/ports.ts";

const ROOT = fileURLToPath(new URL(".", import.meta.url));
const PONDER_CLI = fileURLToPath(new URL("../node_modules/ponder/dist/esm/bin/ponder.js", import.meta.url));
const DEFAULT_DATA_DIR = fileURLToPath(new URL("../.data/indexer", import.meta.url));
/** Lines of the indexer's output kept to explain a failed start. */
const KEPT_LINES = 40;

export type StartIndexerOptions = {
  /** JSON-RPC URL of the deployment's chain, or several URLs of it (Ponder spreads its requests over them). */
  rpcUrl: string | readonly string[];
  deployment: Deployment;
  /** Trustless IPFS gateway, or several tried in order. */
  ipfsGateway: string | readonly string[];
  /** IPFS nodes the indexer keeps every valid shop document and catalog on (tokens included), and their quorum. */
  ipfsReplicas?: { replicas: readonly IpfsReplicaConfig[]; quorum?: number };
  /** Port on 127.0.0.1; 0 or absent reads `GRANDRUE_INDEXER_PORT`, else takes a free one. */
  port?: number;
  /** Where the embedded PGlite keeps one folder per chain (`<chainId>-<deployment block hash>`). @default .data/indexer */
  dataDir?: string;
  /** A PostgreSQL server instead of PGlite, with the schema Ponder writes to. */
  postgres?: { url: string; schema: string };
  /** Requests a minute per IP address (default 120). */
  rateLimitPerMinute?: number;
  /** Requests a second per RPC URL (default 50). */
  maxRequestsPerSecond?: number;
  /** Each line the indexer prints. */
  onLog?: (line: string) => void;
  /** Time allowed for the API to answer, in ms. @default 60 s */
  startTimeoutMs?: number;
  /** Gives up the start: the process is stopped and the promise rejects with the signal's reason. */
  signal?: AbortSignal;
};

export type RunningIndexer = {
  /** Base URL of the HTTP API (`GET /search`, `GET /info`). */
  url: string;
  /** The Ponder process (tests kill it to check restarts). */
  process: ChildProcess;
  /** Ends the indexer (SIGTERM, then SIGKILL after 10 s) and waits for it. */
  stop(): Promise<void>;
};

/** The indexer process ended or never answered; the message carries the end of its output. */
export class IndexerStartError extends Error {
  override name = "IndexerStartError";
}

function portFrom(option: number | undefined): number | undefined {
  if (option !== undefined && option !== 0) return option;
  const text = process.env.GRANDRUE_INDEXER_PORT?.trim();
  if (text === undefined || text === "") return undefined;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw new IndexerStartError(`GRANDRUE_INDEXER_PORT is "${text}": expected a port from 1 to 65535`);
  return port;
}

/**
 * The PGlite folder of this chain: named after the chain id and the hash of the deployment block, so a fresh local
 * chain (same id, new blocks) gets a fresh index, and folders of earlier local chains are removed.
 */
async function chainDataDir(base: string, rpcUrl: string, deployment: Deployment): Promise<string> {
  const client = createPublicClient({ transport: http(rpcUrl) });
  let hash: string;
  try {
    hash = (await client.getBlock({ blockNumber: BigInt(deployment.contracts.ShopRegistry.blockNumber) })).hash;
  } catch (error) {
    throw new IndexerStartError(`Cannot read the deployment block from ${rpcUrl}: ${(error as Error).message}`);
  }
  const name = `${deployment.chainId}-${hash.slice(2, 14)}`;
  await mkdir(base, { recursive: true });
  for (const entry of await readdir(base)) {
    if (entry.startsWith(`${deployment.chainId}-`) && entry !== name)
      await rm(join(base, entry), { recursive: true, force: true });
  }
  const dir = join(base, name);
  await mkdir(dir, { recursive: true });
  return dir;
}

/**
 * Starts the indexer (Ponder with the Grandrue API) on 127.0.0.1 and resolves once its API answers; indexing and
 * document fetching go on in the background (`GET /info` says how far). Telemetry is off.
 * @throws {IndexerStartError} when the port is taken, the chain cannot be read, or the process ends or stays silent.
 * @example const indexer = await startIndexer({ rpcUrl, deployment, ipfsGateway: ipfs.gatewayUrl }); await indexer.stop()
 */
export async function startIndexer(options: StartIndexerOptions): Promise<RunningIndexer> {
  const rpcUrls = typeof options.rpcUrl === "string" ? [options.rpcUrl] : [...options.rpcUrl];
  const gateways = typeof options.ipfsGateway === "string" ? [options.ipfsGateway] : [...options.ipfsGateway];
  if (rpcUrls.length === 0) throw new IndexerStartError("No RPC URL given");
  if (gateways.length === 0) throw new IndexerStartError("No IPFS gateway given");
  const chosenPort = portFrom(options.port);
  if (chosenPort !== undefined) await ensurePortsFree([{ port: chosenPort, service: "indexer" }]);
  const port = chosenPort ?? (await freePorts(1))[0]!;
  const dataDir = await chainDataDir(options.dataDir ?? DEFAULT_DATA_DIR, rpcUrls[0]!, options.deployment);
  const deploymentFile = join(dataDir, "deployment.json");
  await writeFile(deploymentFile, `${JSON.stringify(options.deployment, null, 2)}\n`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PONDER_TELEMETRY_DISABLED: "true",
    GRANDRUE_INDEXER_DEPLOYMENT: deploymentFile,
    GRANDRUE_INDEXER_RPC_URLS: rpcUrls.join(","),
    GRANDRUE_INDEXER_IPFS_GATEWAYS: gateways.join(","),
    ...(options.ipfsReplicas !== undefined && {
      GRANDRUE_INDEXER_IPFS_APIS: JSON.stringify(options.ipfsReplicas.replicas),
    }),
    ...(options.ipfsReplicas?.quorum !== undefined && {
      GRANDRUE_INDEXER_IPFS_WRITE_QUORUM: String(options.ipfsReplicas.quorum),
    }),
    GRANDRUE_INDEXER_DATA_DIR: join(dataDir, "pglite"),
    ...(options.rateLimitPerMinute !== undefined && {
      GRANDRUE_INDEXER_RATE_LIMIT: String(options.rateLimitPerMinute),
    }),
    ...(options.maxRequestsPerSecond !== undefined && {
      GRANDRUE_INDEXER_RPC_MAX_RPS: String(options.maxRequestsPerSecond),
    }),
  };
  delete env.DATABASE_URL;
  env.DATABASE_SCHEMA = options.postgres?.schema ?? "public";
  if (options.postgres !== undefined) env.DATABASE_URL = options.postgres.url;

  const child = spawn(
    process.execPath,
    [
      PONDER_CLI,
      "start",
      "--root",
      ROOT,
      "--port",
      String(port),
      "--hostname",
      "127.0.0.1",
      "--log-format",
      "json",
      "--schema",
      env.DATABASE_SCHEMA,
    ],
    {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) {
      if (line.trim() === "") continue;
      lines.push(line);
      if (lines.length > KEPT_LINES) lines.shift();
      options.onLog?.(line);
    }
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  // The indexer must not outlive the process that started it, whatever way that process ends.
  const killChild = () => child.kill("SIGKILL");
  process.once("exit", killChild);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let isExited = false;
  void exited.then(() => {
    isExited = true;
    process.off("exit", killChild);
  });

  const stop = async () => {
    if (isExited) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  while (true) {
    if (options.signal?.aborted) {
      await stop();
      throw options.signal.reason;
    }
    if (isExited) throw new IndexerStartError(`The indexer ended before answering on ${url}:\n${lines.join("\n")}`);
    if (Date.now() > deadline) {
      await stop();
      throw new IndexerStartError(`The indexer did not answer on ${url} in time:\n${lines.join("\n")}`);
    }
    const answered = await fetch(`${url}/info`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return { url, process: child, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
