import { fileURLToPath } from "node:url";

/** The web app served by Vite's dev server. */
export type WebApp = { url: string; stop(): Promise<void> };

export type WebAppOptions = {
  host?: string;
  port?: number;
  rpcUrl: string;
  ipfsApiUrl: string;
  ipfsGatewayUrl: string;
  chainId: number;
};

const APP_CONFIG = fileURLToPath(new URL("../../../app/vite.config.ts", import.meta.url));

/** Starts the app's Vite dev server on `host:port` with the stack's endpoints as its runtime configuration. */
export async function startWebApp(options: WebAppOptions): Promise<WebApp> {
  const { host = "127.0.0.1", port = 5173 } = options;
  Object.assign(process.env, {
    VITE_RPC_URL: options.rpcUrl,
    VITE_IPFS_API: `${options.ipfsApiUrl}/api/v0`,
    VITE_IPFS_GATEWAYS: options.ipfsGatewayUrl,
    VITE_CHAIN_ID: String(options.chainId),
  });
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
