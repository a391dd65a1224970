import {
  checkedQuorum,
  defaultQuorum,
  IpfsError,
  type IpfsReplica,
  knownNativeCurrency,
  type NativeCurrency,
  parseIpfsReplicas,
  parseNativeCurrency,
} from "@grandrue/sdk";

/**
 * The app's runtime configuration: where the chain and IPFS are. It comes from `VITE_*` environment variables at
 * build (or dev-server) time; the Vite config reads the same values to write the Content-Security-Policy, so the
 * app can talk to nothing else.
 */
export type AppConfig = {
  /** JSON-RPC endpoint of the chain, e.g. `http://127.0.0.1:8545`. */
  rpcUrl: string;
  /** Chain the app works on; a deployment record must exist for it. */
  chainId: number;
  /** Trustless IPFS gateways, tried in order for verified reads. */
  ipfsGateways: string[];
  /**
   * The IPFS nodes every document is written to (merchants' catalogs, reviews, order documents), each with the token
   * the app sends unless this device has its own for that node.
   */
  ipfsReplicas: IpfsReplica[];
  /** How many replicas must confirm a write. */
  ipfsWriteQuorum: number;
  /** Name shown in "Switch to …" prompts and wallets. */
  chainName: string;
  /** The chain's own coin, which pays gas and which shops may accept: ETH, xDAI on Gnosis Chain… */
  nativeCurrency: NativeCurrency;
  /** Block explorer for transaction links; none on the local chain. */
  explorerUrl?: string;
  /** Places offered as one-tap starting points on the find page (the demo town's, on `npm run dev`); often none. */
  placeSuggestions: readonly PlaceSuggestion[];
  /**
   * The vector tile archive (PMTiles) the find page's map draws: a path on the app's own origin or a URL on one of
   * the IPFS gateways, never a tile service. Without it the find page shows only its distance view.
   */
  mapTiles?: string;
  /**
   * Open indexers the find page asks first, in order (their answers are checked against the chain and IPFS); none:
   * the browser reads every shop itself.
   */
  indexers: readonly string[];
  /**
   * Relayers (`relayer/`) that submit a shopper's or a courier's signed actions and are paid in the order's token, in
   * the order they are tried; the shopper may keep another list of them on the device. None: no gasless path.
   */
  relayers: readonly string[];
  /**
   * An ERC-7677 paymaster service that sponsors the network fee for wallets offering EIP-5792 `wallet_sendCalls` with
   * the `paymasterService` capability (smart-account wallets). The wallet calls it, never this page.
   */
  paymasterUrl?: string;
};

/** A named point a shopper can search around in one tap. */
export type PlaceSuggestion = { name: string; location: { lat: number; lon: number } };

/** The variables the app reads; all optional, missing ones take the local dev stack's values (none for the explorer). */
export type AppEnv = {
  VITE_RPC_URL?: string;
  VITE_CHAIN_ID?: string;
  VITE_IPFS_GATEWAYS?: string;
  /** A JSON list of API URLs or `{ "apiUrl", "gatewayUrl"?, "token"?, "name"? }` (see `parseIpfsReplicas`). */
  VITE_IPFS_APIS?: string;
  /** How many of them must confirm a write; a majority when unset. */
  VITE_IPFS_WRITE_QUORUM?: string;
  VITE_CHAIN_NAME?: string;
  /**
   * The chain's own coin as JSON, `{ "name": "xDAI", "symbol": "XDAI", "decimals": 18 }`; needed only for a chain
   * the app does not know (see `knownNativeCurrency`).
   */
  VITE_NATIVE_CURRENCY?: string;
  VITE_EXPLORER_URL?: string;
  /** A JSON list of `{ "name": "Place du Marché", "lat": 47.716, "lon": 2.441 }`. */
  VITE_PLACE_SUGGESTIONS?: string;
  /** The map's PMTiles archive: `/map/region.pmtiles` (the app's origin) or `<gateway>/ipfs/<cid>`. */
  VITE_MAP_TILES?: string;
  /** Comma-separated base URLs of open indexers (`indexer/`), asked in this order. */
  VITE_INDEXERS?: string;
  /** Comma-separated base URLs of relayers (`relayer/`), tried in this order. */
  VITE_RELAYERS?: string;
  /** An ERC-7677 paymaster service URL, passed to wallets that offer the `paymasterService` capability. */
  VITE_PAYMASTER_URL?: string;
};

/** The local dev stack's endpoints (`npm run dev`). */
export const DEFAULT_APP_ENV = {
  VITE_RPC_URL: "http://127.0.0.1:8545",
  VITE_CHAIN_ID: "31337",
  VITE_IPFS_GATEWAYS: "http://127.0.0.1:5001",
  VITE_IPFS_APIS: '[{ "apiUrl": "http://127.0.0.1:5001/api/v0", "name": "local" }]',
} as const satisfies Partial<Record<keyof AppEnv, string>>;

/** The chain id of Hardhat's local node, where the dev wallet is offered. */
export const LOCAL_CHAIN_ID = 31337;

/** A `VITE_*` variable has a value the app cannot use. */
export class InvalidAppConfigError extends Error {
  constructor(variable: keyof AppEnv, value: string, expected: string) {
    super(`${variable}="${value}" is not valid: expected ${expected}`);
    this.name = "InvalidAppConfigError";
  }
}

function httpUrl(variable: keyof AppEnv, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidAppConfigError(variable, value, "an http(s) URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new InvalidAppConfigError(variable, value, "an http(s) URL");
  return value.replace(/\/+$/, "");
}

const MAX_PLACE_NAME_LENGTH = 80;

function placeSuggestions(text: string | undefined): PlaceSuggestion[] {
  if (text === undefined || text.trim() === "") return [];
  const expected = `a JSON list of { "name": a name of 1 to ${MAX_PLACE_NAME_LENGTH} characters, "lat": -90 to 90, "lon": -180 to 180 }`;
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    throw new InvalidAppConfigError("VITE_PLACE_SUGGESTIONS", text, expected);
  }
  if (!Array.isArray(list)) throw new InvalidAppConfigError("VITE_PLACE_SUGGESTIONS", text, expected);
  return list.map((entry: unknown) => {
    const { name, lat, lon } = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
    const isValid =
      typeof name === "string" &&
      name.trim() !== "" &&
      name.length <= MAX_PLACE_NAME_LENGTH &&
      typeof lat === "number" &&
      Math.abs(lat) <= 90 &&
      typeof lon === "number" &&
      Math.abs(lon) <= 180;
    if (!isValid) throw new InvalidAppConfigError("VITE_PLACE_SUGGESTIONS", text, expected);
    return { name: name.trim(), location: { lat, lon } };
  });
}

/** A path on the app's origin, or a URL on a configured gateway: the map never asks anyone else for tiles. */
function mapTiles(text: string | undefined, gateways: readonly string[]): string | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  if (/^\/[^/\s?#][^\s?#]*\.pmtiles$/.test(value) || gateways.some((gateway) => value.startsWith(`${gateway}/`)))
    return value;
  throw new InvalidAppConfigError("VITE_MAP_TILES", value, "a .pmtiles path on the app's origin or a gateway URL");
}

function ipfsWrites(apis: string, quorumText: string | undefined): Pick<AppConfig, "ipfsReplicas" | "ipfsWriteQuorum"> {
  let ipfsReplicas: IpfsReplica[];
  try {
    ipfsReplicas = parseIpfsReplicas(apis, "VITE_IPFS_APIS");
  } catch (error) {
    if (!(error instanceof IpfsError)) throw error;
    // The list may hold tokens: the message names the problem without repeating it.
    throw new InvalidAppConfigError("VITE_IPFS_APIS", "…", `a JSON list of IPFS replicas (${error.message})`);
  }
  if (quorumText === undefined || quorumText === "")
    return { ipfsReplicas, ipfsWriteQuorum: defaultQuorum(ipfsReplicas.length) };
  const expected = `a whole number from 1 to ${ipfsReplicas.length} (the replicas listed)`;
  if (!/^[0-9]+$/.test(quorumText)) throw new InvalidAppConfigError("VITE_IPFS_WRITE_QUORUM", quorumText, expected);
  try {
    return { ipfsReplicas, ipfsWriteQuorum: checkedQuorum(Number(quorumText), ipfsReplicas.length) };
  } catch {
    throw new InvalidAppConfigError("VITE_IPFS_WRITE_QUORUM", quorumText, expected);
  }
}

function nativeCurrency(chainId: number, text: string | undefined): NativeCurrency {
  const expected = '{ "name": "xDAI", "symbol": "XDAI", "decimals": 18 }: the chain\'s own coin';
  if (text !== undefined && text.trim() !== "") {
    const parsed = parseNativeCurrency(text);
    if (parsed === undefined) throw new InvalidAppConfigError("VITE_NATIVE_CURRENCY", text, expected);
    return parsed;
  }
  const known = knownNativeCurrency(chainId);
  if (known === undefined) {
    throw new InvalidAppConfigError(
      "VITE_NATIVE_CURRENCY",
      "",
      `${expected} (chain ${chainId} is not one the app knows)`,
    );
  }
  return known;
}

/** A comma-separated list of http(s) URLs, each once, without trailing slashes; empty when unset. */
function urlList(variable: keyof AppEnv, text: string | undefined): string[] {
  const urls = (text ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .map((entry) => httpUrl(variable, entry));
  return [...new Set(urls)];
}

function envValue(env: AppEnv, variable: keyof typeof DEFAULT_APP_ENV): string {
  const value = env[variable]?.trim();
  return value === undefined || value === "" ? DEFAULT_APP_ENV[variable] : value;
}

/**
 * Reads and validates the app's configuration from `VITE_*` variables, with the dev stack's defaults.
 * @throws InvalidAppConfigError when a URL (RPC, gateway, explorer, indexer, relayer, paymaster) is not http(s), the
 *   chain id is not a positive integer, the native currency is malformed or missing for a chain the app does not know,
 *   a place suggestion or the IPFS replica list is malformed, or the write quorum is more than the
 *   replicas.
 * @example parseAppConfig({ VITE_CHAIN_ID: "100" }).chainId // 100
 */
export function parseAppConfig(env: AppEnv): AppConfig {
  const chainIdText = envValue(env, "VITE_CHAIN_ID");
  const chainId = Number(chainIdText);
  if (!/^[0-9]+$/.test(chainIdText) || !Number.isSafeInteger(chainId) || chainId <= 0) {
    throw new InvalidAppConfigError("VITE_CHAIN_ID", chainIdText, "a positive integer chain id");
  }
  const ipfsGateways = urlList("VITE_IPFS_GATEWAYS", envValue(env, "VITE_IPFS_GATEWAYS"));
  const explorerUrl = env.VITE_EXPLORER_URL?.trim();
  const tiles = mapTiles(env.VITE_MAP_TILES, ipfsGateways);
  const paymasterUrl = env.VITE_PAYMASTER_URL?.trim();
  return {
    rpcUrl: httpUrl("VITE_RPC_URL", envValue(env, "VITE_RPC_URL")),
    chainId,
    ipfsGateways,
    ...ipfsWrites(envValue(env, "VITE_IPFS_APIS"), env.VITE_IPFS_WRITE_QUORUM?.trim()),
    chainName: env.VITE_CHAIN_NAME?.trim() || (chainId === LOCAL_CHAIN_ID ? "Grandrue local" : `Chain ${chainId}`),
    nativeCurrency: nativeCurrency(chainId, env.VITE_NATIVE_CURRENCY),
    ...(explorerUrl ? { explorerUrl: httpUrl("VITE_EXPLORER_URL", explorerUrl) } : {}),
    placeSuggestions: placeSuggestions(env.VITE_PLACE_SUGGESTIONS),
    ...(tiles !== undefined && { mapTiles: tiles }),
    indexers: urlList("VITE_INDEXERS", env.VITE_INDEXERS),
    relayers: urlList("VITE_RELAYERS", env.VITE_RELAYERS),
    ...(paymasterUrl ? { paymasterUrl: httpUrl("VITE_PAYMASTER_URL", paymasterUrl) } : {}),
  };
}
