/**
 * `npm run dev`: the whole marketplace on 127.0.0.1 in one terminal — a fresh local chain, the embedded IPFS node,
 * the deployed protocol, the demo town, the open indexer and the web app. Ctrl-C stops everything and frees every port.
 * Ports: GRANDRUE_CHAIN_PORT (8545), GRANDRUE_IPFS_PORT (5001), GRANDRUE_APP_PORT (5173), GRANDRUE_RELAYER_PORT (7430), GRANDRUE_INDEXER_PORT
 * (7420); data folders: GRANDRUE_IPFS_DATA (.data/ipfs), the indexer's in .data/indexer.
 */
import { DEMO_PLACES } from "./lib/demo-town/index.ts";
import { writeDemoMapTiles } from "./lib/demo-town/map/demoMap.ts";
import { demoAccountList } from "./lib/dev-stack/demoAccountList.ts";
import { PortInUseError } from "./lib/dev-stack/ports.ts";
import { DEFAULT_PORTS, startDevStack } from "./lib/dev-stack/startDevStack.ts";
import { seedDemoTown } from "./lib/seed/seedDemoTown.ts";

function portFromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    console.error(`${name} must be a port number (1–65535), got "${value}"`);
    process.exit(2);
  }
  return port;
}

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1).padStart(5);
/** Set once the summary is printed: the indexer may answer after it. */
let isSummaryPrinted = false;
let isIndexerReady = false;
let isStopping = false;

try {
  const stack = await startDevStack({
    ports: {
      chain: portFromEnv("GRANDRUE_CHAIN_PORT", DEFAULT_PORTS.chain),
      ipfs: portFromEnv("GRANDRUE_IPFS_PORT", DEFAULT_PORTS.ipfs),
      app: portFromEnv("GRANDRUE_APP_PORT", DEFAULT_PORTS.app),
      indexer: portFromEnv("GRANDRUE_INDEXER_PORT", DEFAULT_PORTS.indexer),
      relayer: portFromEnv("GRANDRUE_RELAYER_PORT", DEFAULT_PORTS.relayer),
    },
    ipfsDataDir: process.env.GRANDRUE_IPFS_DATA || undefined,
    withIndexer: true,
    withRelayer: true,
    placeSuggestions: DEMO_PLACES,
    mapTiles: await writeDemoMapTiles(),
    seed: async ({ rpcUrl, deployment, ipfs }) => {
      await seedDemoTown({
        rpcUrl,
        deployment,
        ipfs,
        onProgress: (message) => console.log(`${seconds()} s    ${message}`),
      });
    },
    onStep: (step, status) => {
      if (status !== "done") return;
      const isIndexer = step.startsWith("Indexer");
      isIndexerReady ||= isIndexer;
      const after = isSummaryPrinted && isIndexer ? ": the app's searches now go through it" : "";
      console.log(`${seconds()} s  ✓ ${step}${after}`);
    },
  });
  stack.indexer?.ready.catch((error: unknown) => {
    if (!isStopping)
      console.error(`${seconds()} s  ✗ The indexer did not start; the app reads the shops itself.\n${error}`);
  });
  console.log(`
Grandrue is running.
  Web app       ${stack.appUrl}
  Chain RPC     ${stack.rpcUrl}  (chain id ${stack.deployment.chainId})
  EURC          ${stack.deployment.tokens?.EURC?.address}  (Circle's FiatToken, 6 decimals: permit and ERC-3009)
  IPFS API      ${stack.ipfs.apiUrl}/api/v0  (writes need a token: the app and the seed have it, the CLI reads ${stack.ipfsTokenFile})
  IPFS gateway  ${stack.ipfs.gatewayUrl}/ipfs/<cid>
  Indexer       ${stack.indexer?.url}  (GET /search?q=…, GET /info)${isIndexerReady ? "" : " — starting: until it answers, the app reads the shops itself"}
  Relayer       ${stack.relayer?.url}  (GET /policy, POST /intents; submits from ${stack.relayer?.address}, the public dev account: dev only)

Demo accounts — the app's dev wallet offers them on this local chain (no extension needed):
${demoAccountList(stack.accounts)}

Press Ctrl-C to stop everything.`);
  isSummaryPrinted = true;

  const shutdown = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    console.log(`\n${signal}: stopping the web app, the relayer, the indexer, the IPFS node and the chain…`);
    await stack.stop();
    console.log("Stopped; every port is free.");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
} catch (error) {
  if (error instanceof PortInUseError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
