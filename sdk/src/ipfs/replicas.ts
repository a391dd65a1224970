import { IpfsError } from "./errors.ts";

/** An IPFS node documents are written to (Kubo RPC API) and checked on (its trustless gateway). */
export type IpfsReplicaConfig = {
  /** Kubo RPC API base, e.g. `https://ipfs.coop.example/api/v0` or `http://127.0.0.1:5001`. */
  apiUrl: string;
  /** Its trustless gateway, where checks read from. @default the API URL's origin (the embedded node serves both) */
  gatewayUrl?: string;
  /** Sent as `Authorization: Bearer <token>` with every RPC call (Kubo's `API.Authorizations`). */
  token?: string;
  /** What people read in messages. @default the API URL's host */
  name?: string;
};

/** A replica with every field settled. */
export type IpfsReplica = Required<Omit<IpfsReplicaConfig, "token">> & { token?: string };

/** A replica list or one of its entries cannot be used. */
export class InvalidReplicaConfigError extends IpfsError {
  override name = "InvalidReplicaConfigError";
}

function httpUrl(value: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidReplicaConfigError(`${what} "${value}" is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new InvalidReplicaConfigError(`${what} "${value}" is not an http(s) URL`);
  return url;
}

/**
 * Checks a replica's URLs and fills in its gateway (the API's origin) and name (the API's host).
 * @throws InvalidReplicaConfigError for a URL that is not http(s), or an empty token.
 * @example ipfsReplica({ apiUrl: "http://127.0.0.1:5001/api/v0" }) // { name: "127.0.0.1:5001", gatewayUrl: "http://127.0.0.1:5001", … }
 */
export function ipfsReplica(config: IpfsReplicaConfig): IpfsReplica {
  const api = httpUrl(config.apiUrl, "IPFS API");
  const gatewayUrl = config.gatewayUrl === undefined ? api.origin : httpUrl(config.gatewayUrl, "IPFS gateway").href;
  if (config.token !== undefined && config.token.trim() === "")
    throw new InvalidReplicaConfigError(`The token of ${config.apiUrl} is empty: leave it out instead`);
  return {
    apiUrl: config.apiUrl.replace(/\/+$/, ""),
    gatewayUrl: gatewayUrl.replace(/\/+$/, ""),
    name: config.name?.trim() || api.host,
    ...(config.token === undefined ? {} : { token: config.token.trim() }),
  };
}

/**
 * Reads a replica list as configuration gives it (`VITE_IPFS_APIS`, `GRANDRUE_IPFS_APIS`…): a JSON list whose
 * entries are an API URL, or `{ "apiUrl", "gatewayUrl"?, "token"?, "name"? }`.
 * @throws InvalidReplicaConfigError naming `source` and the first problem.
 * @example parseIpfsReplicas('["http://127.0.0.1:5001", {"apiUrl": "https://pin.example/api/v0", "name": "coop"}]', "VITE_IPFS_APIS")
 */
export function parseIpfsReplicas(text: string, source: string): IpfsReplica[] {
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    throw new InvalidReplicaConfigError(
      `${source} is not JSON: expected a list of API URLs or { "apiUrl", "gatewayUrl", "token", "name" }`,
    );
  }
  if (!Array.isArray(list) || list.length === 0)
    throw new InvalidReplicaConfigError(`${source} must be a non-empty JSON list of IPFS replicas`);
  const replicas = list.map((entry: unknown, index) => {
    if (typeof entry === "string") return ipfsReplica({ apiUrl: entry });
    const { apiUrl, gatewayUrl, token, name } = (typeof entry === "object" && entry !== null ? entry : {}) as Record<
      string,
      unknown
    >;
    const isText = (value: unknown) => value === undefined || typeof value === "string";
    if (typeof apiUrl !== "string" || ![gatewayUrl, token, name].every(isText))
      throw new InvalidReplicaConfigError(
        `${source}[${index}] must be an API URL or { "apiUrl": string, "gatewayUrl"?, "token"?, "name"?: string }`,
      );
    return ipfsReplica({ apiUrl, gatewayUrl, token, name } as IpfsReplicaConfig);
  });
  const names = new Set(replicas.map(({ name }) => name));
  if (names.size !== replicas.length)
    throw new InvalidReplicaConfigError(`${source} names two replicas alike: give each a distinct "name"`);
  return replicas;
}

/**
 * How many replicas must confirm a write by default: a majority (1 of 1, 2 of 2, 2 of 3, 3 of 4…), so a write
 * never rests on one node when there are two or more.
 */
export function defaultQuorum(replicaCount: number): number {
  return Math.floor(replicaCount / 2) + 1;
}

/**
 * Checks a quorum against the number of replicas.
 * @throws InvalidReplicaConfigError when it is not an integer from 1 to `replicaCount`.
 */
export function checkedQuorum(quorum: number, replicaCount: number): number {
  if (!Number.isInteger(quorum) || quorum < 1 || quorum > replicaCount)
    throw new InvalidReplicaConfigError(
      `A write quorum of ${quorum} is impossible with ${replicaCount} replica(s): give 1 to ${replicaCount}`,
    );
  return quorum;
}
