import { fileURLToPath } from "node:url";
import type { IpfsReplicaConfig } from "@grandrue/sdk";

/** The web app served by Vite's dev server. */
export type WebApp = { url: string; stop(): Promise<void> };

/** What the app is configured with on a local stack: its endpoints, and the places it suggests searching from. */
export type WebAppEnvOptions = {
  rpcUrl: string;
  /** The IPFS nodes the app writes to; their tokens go into the app's configuration (local chain only). */
  ipfsReplicas: readonly IpfsReplicaConfig[];
  /** How many replicas must confirm a write (the app's default: a majority). */
  ipfsWriteQuorum?: number;
  ipfsGateways: readonly string[];
  chainId: number;
  placeSuggestions?: readonly { name: string; location: { lat: number; lon: number } }[];
  /** The find page map's tile archive (`VITE_MAP_TILES`), e.g. the demo town's. */
  mapTiles?: string;
  /** Open indexers the app asks first (`VITE_INDEXERS`); none: the app reads every shop itself. */
  indexerUrls?: readonly string[];
  /** Relayers the app sends gasless intents to, in order (`VITE_RELAYERS`); none: every action pays its own gas. */
  relayerUrls?: readonly string[];
};

export type WebAppOptions = WebAppEnvOptions & { host?: string; port?: number };

/**
 * How Vite loads the app's configuration, for a server, a build or a preview. Node imports it as it is (`native`),
 * so `@grandrue/sdk`, which the configuration uses to read the IPFS replicas, resolves to its TypeScript sources
 * through the `grandrue-source` condition npm gives every script; Vite's default (bundling the configuration) would
 * look for the SDK's build, which a fresh clone does not have.
 */
export const APP_VITE_CONFIG = {
  configFile: fileURLToPath(new URL("../../../app/vite.config.ts", import.meta.url)),
  configLoader: "native",
} as const;

/** The app's `VITE_*` variables for a local stack (app/src/config/appConfig.ts reads them), for a server or a build. */
export function webAppEnv(options: WebAppEnvOptions): Record<string, string> {
  const places = (options.placeSuggestions ?? []).map(({ name, location }) => ({ name, ...location }));
  return {
    VITE_RPC_URL: options.rpcUrl,
    VITE_IPFS_APIS: JSON.stringify(options.ipfsReplicas),
    ...(options.ipfsWriteQuorum === undefined ? {} : { VITE_IPFS_WRITE_QUORUM: String(options.ipfsWriteQuorum) }),
    VITE_IPFS_GATEWAYS: options.ipfsGateways.join(","),
    VITE_CHAIN_ID: String(options.chainId),
    VITE_PLACE_SUGGESTIONS: JSON.stringify(places),
    VITE_MAP_TILES: options.mapTiles ?? "",
    VITE_INDEXERS: (options.indexerUrls ?? []).join(","),
    VITE_RELAYERS: (options.relayerUrls ?? []).join(","),
  };
}

/** Starts the app's Vite dev server on `host:port` with the stack's endpoints as its runtime configuration. */
export async function startWebApp(options: WebAppOptions): Promise<WebApp> {
  const { host = "127.0.0.1", port = 5173 } = options;
  Object.assign(process.env, webAppEnv(options));
  const { createServer } = await import("vite");
  const server = await createServer({
    ...APP_VITE_CONFIG,
    server: { host, port, strictPort: true, open: false },
    clearScreen: false,
    logLevel: "warn",
  });
  await server.listen();
  return { url: `http://${host}:${port}`, stop: () => server.close() };
}
