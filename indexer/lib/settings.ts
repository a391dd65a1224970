import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  checkedQuorum,
  type Deployment,
  defaultQuorum,
  IpfsError,
  type IpfsReplica,
  parseDeployment,
  parseIpfsReplicas,
} from "@grandrue/sdk";

/** A setting of the indexer is missing or malformed; the message names the variable and what it expects. */
export class IndexerSettingError extends Error {
  override name = "IndexerSettingError";
}

/** What the indexer process is told through its environment (see indexer/README.md, "Running it"). */
export type IndexerSettings = {
  deployment: Deployment;
  /** One or more JSON-RPC URLs of the same chain: Ponder spreads its requests over them. */
  rpcUrls: string[];
  /** Trustless IPFS gateways, tried in order. */
  ipfsGateways: string[];
  /** The IPFS nodes the indexer keeps every valid document on, and how many must confirm; none to keep nothing. */
  ipfsReplicas: { replicas: IpfsReplica[]; quorum: number } | undefined;
  /** PostgreSQL connection string; the embedded PGlite in `dataDir` without it. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** The PostgreSQL schema Ponder writes the chain tables to (`public` in PGlite). */
  databaseSchema: string;
  /** Requests per minute one IP address may make to the search API. */
  rateLimitPerMinute: number;
  /** Requests per second Ponder may send to each RPC URL. */
  maxRequestsPerSecond: number;
};

function required(env: NodeJS.ProcessEnv, name: string, expectation: string): string {
  const value = env[name]?.trim();
  if (value === undefined || value === "") throw new IndexerSettingError(`${name} is not set: expected ${expectation}`);
  return value;
}

function urlList(env: NodeJS.ProcessEnv, name: string, expectation: string): string[] {
  const urls = required(env, name, expectation)
    .split(",")
    .map((url) => url.trim())
    .filter((url) => url !== "");
  for (const url of urls) {
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
      throw new IndexerSettingError(`${name} has "${url}", which is not an http(s) URL`);
  }
  return urls;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name]?.trim();
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new IndexerSettingError(`${name} is "${text}": expected a positive integer`);
  return value;
}

function ipfsReplicas(env: NodeJS.ProcessEnv): IndexerSettings["ipfsReplicas"] {
  const list = env.GRANDRUE_INDEXER_IPFS_APIS?.trim();
  if (list === undefined || list === "") return undefined;
  try {
    const replicas = parseIpfsReplicas(list, "GRANDRUE_INDEXER_IPFS_APIS");
    const quorum = positiveInteger(env, "GRANDRUE_INDEXER_IPFS_WRITE_QUORUM", defaultQuorum(replicas.length));
    return { replicas, quorum: checkedQuorum(quorum, replicas.length) };
  } catch (error) {
    if (error instanceof IpfsError) throw new IndexerSettingError(error.message);
    throw error;
  }
}

function readDeployment(path: string): Deployment {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new IndexerSettingError(`GRANDRUE_INDEXER_DEPLOYMENT: cannot read ${path} (${(error as Error).message})`);
  }
  try {
    return parseDeployment(JSON.parse(text));
  } catch (error) {
    throw new IndexerSettingError(
      `GRANDRUE_INDEXER_DEPLOYMENT: ${path} is not a deployment record (${(error as Error).message})`,
    );
  }
}

/**
 * Reads the indexer's settings from the environment.
 * @throws {IndexerSettingError} naming the first missing or malformed variable.
 * @example const { deployment, rpcUrls } = readIndexerSettings(process.env)
 */
export function readIndexerSettings(env: NodeJS.ProcessEnv): IndexerSettings {
  const deployment = readDeployment(
    resolve(required(env, "GRANDRUE_INDEXER_DEPLOYMENT", "the path of a deployments/<chainId>.json file")),
  );
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  return {
    deployment,
    rpcUrls: urlList(env, "GRANDRUE_INDEXER_RPC_URLS", "comma-separated JSON-RPC URLs of the deployment chain"),
    ipfsGateways: urlList(env, "GRANDRUE_INDEXER_IPFS_GATEWAYS", "comma-separated trustless IPFS gateway URLs"),
    ipfsReplicas: ipfsReplicas(env),
    databaseUrl,
    dataDir: resolve(env.GRANDRUE_INDEXER_DATA_DIR?.trim() || ".data/indexer"),
    databaseSchema:
      databaseUrl === undefined
        ? env.DATABASE_SCHEMA?.trim() || "public"
        : required(env, "DATABASE_SCHEMA", "the PostgreSQL schema of this indexer (Ponder writes its tables there)"),
    rateLimitPerMinute: positiveInteger(env, "GRANDRUE_INDEXER_RATE_LIMIT", 120),
    maxRequestsPerSecond: positiveInteger(env, "GRANDRUE_INDEXER_RPC_MAX_RPS", 50),
  };
}

let cached: IndexerSettings | undefined;

/** The settings of this process, read once. */
export function indexerSettings(): IndexerSettings {
  cached ??= readIndexerSettings(process.env);
  return cached;
}
