import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig, loadEnv } from "vite";
import { parseAppConfig } from "./src/config/appConfig.ts";
import { cspPlugin } from "./vite/cspPlugin.ts";

const appRoot = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = fileURLToPath(new URL("..", import.meta.url));
/** The app's TypeScript sources (not CSS, not JSON, not node_modules). */
const firstPartyModule = /[\\/]app[\\/]src[\\/][^?]*\.tsx?$/;

/**
 * The web app. Runtime configuration comes from `VITE_RPC_URL`, `VITE_CHAIN_ID`, `VITE_IPFS_GATEWAYS`,
 * `VITE_IPFS_APIS` and `VITE_IPFS_WRITE_QUORUM` (environment or `app/.env*`; see app/README.md); the deployment
 * record from `deployments/<chainId>.json`, or from the folder named by `GRANDRUE_DEPLOYMENTS_DIR`. A build made with
 * `VITE_RUNTIME_CONFIG=/config.json` fetches both from that URL when it starts instead (src/config/runtimeConfig.ts),
 * and its server sends the Content-Security-Policy (`vite preview` with vite/runtimeConfigPlugin.ts does).
 *
 *   npx vite --config app/vite.config.ts --configLoader native            # dev server
 *   npx vite build --config app/vite.config.ts --configLoader native      # app/dist
 *   npx vite preview --config app/vite.config.ts --configLoader native    # serves app/dist
 *
 * `--configLoader native`: this file reads the IPFS replicas with `@grandrue/sdk`, whose sources Node finds through
 * the `grandrue-source` condition npm sets; Vite's default loader bundles this file and would want the SDK's build.
 */
export default defineConfig(({ command, mode }) => {
  const env = loadEnv(mode, appRoot, "VITE_"); // process.env wins over app/.env* files
  const csp = cspPlugin(parseAppConfig(env), command, { isRuntimeConfigured: Boolean(env.VITE_RUNTIME_CONFIG) });
  return {
    root: appRoot,
    envDir: appRoot,
    plugins: [react(), csp.plugin],
    resolve: {
      alias: { "@deployments": process.env.GRANDRUE_DEPLOYMENTS_DIR ?? `${repoRoot}deployments` },
      // `@grandrue/sdk` from its TypeScript sources, not its build (the `exports` of sdk/package.json).
      conditions: ["grandrue-source", ...defaultClientConditions],
    },
    html: csp.nonce === undefined ? {} : { cspNonce: csp.nonce },
    server: { host: "127.0.0.1", port: 5173, fs: { allow: [repoRoot] } },
    preview: { host: "127.0.0.1", port: 4173 },
    build: {
      outDir: "dist",
      emptyOutDir: true,
      target: "es2022",
      sourcemap: false,
      // MapLibre GL makes the find page's map chunk about 1.1 MB (300 kB gzip); it loads only when the map is opened.
      chunkSizeWarningLimit: 1200,
      // Libraries every page needs get stable, long-cached chunks; features stay in their own lazy chunks.
      rolldownOptions: {
        // The app's modules only declare things: one imported through a barrel (a feature's index.ts) but unused is
        // dropped, as @grandrue/sdk's are (its package.json says `"sideEffects": false`).
        treeshake: { moduleSideEffects: [{ test: firstPartyModule, external: false, sideEffects: false }] },
        output: {
          codeSplitting: {
            groups: [
              {
                name: "vendor-react",
                test: /[\\/]node_modules[\\/](react|react-dom|scheduler|wouter|i18next|react-i18next)[\\/]/,
              },
              // TanStack Query and the shared UI pieces, one chunk each instead of a dozen small ones shared by
              // different sets of pages: the find page loads nearly all of both, and fewer chunks gzip better
              // (measured on the find page: 3.6 kB less). Not viem: grouped, the wallet stack's code comes along.
              { name: "vendor-query", test: /[\\/]node_modules[\\/]@tanstack[\\/]/ },
              { name: "ui", test: /[\\/]app[\\/]src[\\/]components[\\/]/ },
            ],
          },
        },
      },
    },
  };
});
