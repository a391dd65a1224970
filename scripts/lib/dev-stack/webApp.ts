import { fileURLToPath } from "node:url";

/** The web app served by Vite's dev server. */
export type WebApp = { url: string; stop(): Promise<void> };

/** What the app is configured with on a local stack: its endpoints, and the places it suggests searching from. */
export type WebAppEnvOptions = {
  rpcUrl: string;
  ipfsApiUrl: string;
  ipfsGatewayUrl: string;
  chainId: number;
  placeSuggestions?: readonly { name: string; location: { lat: number; lon: number } }[];
  /** Open indexers the app asks first (`VITE_INDEXERS`); none: the app reads every shop itself. */
  indexerUrls?: readonly string[];
};

export type WebAppOptions = WebAppEnvOptions & { host?: string; port?: number };

const APP_CONFIG = fileURLToPath(new URL("../../../app/vite.config.ts", import.meta.url));

/** The app's `VITE_*` variables for a local stack (app/src/config/appConfig.ts reads them), for a server or a build. */
export function webAppEnv(options: WebAppEnvOptions): Record<string, string> {
  const places = (options.placeSuggestions ?? []).map(({ name, location }) => ({ name, ...location }));
  return {
    VITE_RPC_URL: options.rpcUrl,
    VITE_IPFS_API: `${options.ipfsApiUrl}/api/v0`,
    VITE_IPFS_GATEWAYS: options.ipfsGatewayUrl,
    VITE_CHAIN_ID: String(options.chainId),
    VITE_PLACE_SUGGESTIONS: JSON.stringify(places),
    VITE_INDEXERS: (options.indexerUrls ?? []).join(","),
  };
}

/** Starts the app's Vite dev server on `host:port` with the stack's endpoints as its runtime configuration. */
export async function startWebApp(options: WebAppOptions): Promise<WebApp> {
  const { host = "127.0.0.1", port = 5173 } = options;
  Object.assign(process.env, webAppEnv(options));
  const { createServer } = await import("vite");
  const server = await createServer({
    configFile: APP_CONFIG,
    server: { host, port, strictPort: true, open: false },
    clearScreen: false,
    logLevel: "warn",
  });
  await server.listen();
  return { url: `http://${host}:${port}`, stop: () => server.close() };
}
