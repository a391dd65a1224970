import { fileURLToPath } from "node:url";
import type { Deployment } from "@grandrue/sdk";
import type { Address, PublicClient } from "viem";
import { type RunningIndexer, startIndexer } from "../../../indexer/startIndexer.ts";
import { deployProtocol } from "../deploy-protocol.ts";
import { deployServices } from "../deploy-services.ts";
import { writeDeployment } from "../deployment-file.ts";
import { newDevIpfsToken, saveDevIpfsToken } from "../ipfs/devToken.ts";
import { type RunningIpfsNode, startIpfsNode } from "../ipfs/startIpfsNode.ts";
import { localClients } from "./clients.ts";
import { startDevRelayer } from "./devRelayer.ts";
import { type LocalChain, startLocalChain } from "./localChain.ts";
import { ensurePortsFree } from "./ports.ts";
import { startWebApp, type WebApp, type WebAppEnvOptions } from "./webApp.ts";

export const DEFAULT_PORTS = { chain: 8545, ipfs: 5001, app: 5173, indexer: 7420, relayer: 7430 } as const;
const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../../.data/ipfs", import.meta.url));

export type DevStackOptions = {
  ports?: Partial<Record<keyof typeof DEFAULT_PORTS, number>>;
  /** Folder of the IPFS node's blocks and pins (persists across starts). */
  ipfsDataDir?: string;
  /** Serve the web app with Vite (the integration test runs without it). */
  withApp?: boolean;
  /**
   * Run the open indexer (`indexer/`) on `ports.indexer`, and give the web app its URL (`VITE_INDEXERS`). It starts
   * right after the deployment, beside the seed and the web app, and the stack does not wait for it (see
   * {@link DevStack.indexer}). @default false
   */
  withIndexer?: boolean;
  /**
   * Run a relayer (`relayer/`) on `ports.relayer` with the public dev account, and give the web app its URL
   * (`VITE_RELAYERS`). @default false
   */
  withRelayer?: boolean;
  /** Where the relayer keeps its queue, emptied at each start (a fresh chain). @default .data/relayer */
  relayerDataDir?: string;
  /** Where the indexer keeps its embedded database (one folder per chain). @default .data/indexer */
  indexerDataDir?: string;
  /** Places the app suggests searching from (the demo town's). */
  placeSuggestions?: WebAppEnvOptions["placeSuggestions"];
  mapTiles?: WebAppEnvOptions["mapTiles"];
  /** Seeds the demo town once the protocol is deployed; the chain then starts `historyDays` in the past. */
  seed?: (context: SeedContext) => Promise<void>;
  /** Days of history the seed may spread its past orders over (default 14 with a seed, 0 without). */
  historyDays?: number;
  /** Called as each step starts and ends, for progress lines. */
  onStep?: (step: string, status: "start" | "done") => void;
};

/** The dev IPFS node: its RPC API, its gateway, and the token every RPC call needs. */
export type DevIpfsEndpoints = { apiUrl: string; gatewayUrl: string; token: string };

export type SeedContext = {
  rpcUrl: string;
  publicClient: PublicClient;
  accounts: Address[];
  deployment: Deployment;
  ipfs: DevIpfsEndpoints;
};

export type DevStack = {
  rpcUrl: string;
  ipfs: DevIpfsEndpoints;
  /** Where the IPFS token is kept for the CLI while the stack runs (outside the repository, this user only). */
  ipfsTokenFile: string;
  appUrl?: string;
  /**
   * The indexer, when it runs: its API's URL (`GET /search`, `GET /info`) and when it answers. The stack does not
   * wait for it (it takes 5 to 15 s to answer, its backfill longer): the app reads the shops itself until then.
   * `ready` rejects with an `IndexerStartError` if it never answers; the rest of the stack runs on. `stop()` stops the
   * indexer alone (the stack's `stop()` stops it too).
   */
  indexer?: { url: string; ready: Promise<void>; stop(): Promise<void> };
  /** The relayer, when it runs: its API's URL and its submitting account (the public dev account). */
  relayer?: { url: string; address: Address };
  deployment: Deployment;
  accounts: Address[];
  stop(): Promise<void>;
};

/**
 * Starts the whole marketplace on 127.0.0.1: a fresh local chain, the embedded IPFS node (persistent data folder),
 * the deployed protocol (recorded in deployments/31337.json), the demo town, the web app and, on request, the open
 * indexer. Everything runs in this process but the indexer, a child process that ends with it, so `stop()` — or the
 * process ending — frees every port. If a step fails, what already started is stopped before the error is thrown.
 */
export async function startDevStack(options: DevStackOptions = {}): Promise<DevStack> {
  const ports = { ...DEFAULT_PORTS, ...options.ports };
  const onStep = options.onStep ?? (() => {});
  const stoppers: (() => Promise<void>)[] = [];
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      for (const stopOne of [...stoppers].reverse()) await stopOne().catch(() => {});
    })();
    return stopped;
  };
  async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
    onStep(name, "start");
    const result = await run();
    onStep(name, "done");
    return result;
  }

  try {
    await ensurePortsFree([
      { port: ports.chain, service: "local chain" },
      { port: ports.ipfs, service: "IPFS node" },
      ...(options.withApp === false ? [] : [{ port: ports.app, service: "web app" }]),
      ...(options.withIndexer === true ? [{ port: ports.indexer, service: "indexer" }] : []),
      ...(options.withRelayer === true ? [{ port: ports.relayer, service: "relayer" }] : []),
    ]);
    const historyDays = options.historyDays ?? (options.seed ? 14 : 0);
    const initialDate = historyDays > 0 ? new Date(Date.now() - historyDays * 86_400_000) : undefined;
    const chain: LocalChain = await step(`Chain on 127.0.0.1:${ports.chain}`, () =>
      startLocalChain({ port: ports.chain, initialDate }),
    );
    stoppers.push(chain.stop);
    // Opened on `localhost`: WebAuthn (passkeys) refuses an IP address as relying party. Served on loopback either way.
    const appOrigin = `http://localhost:${ports.app}`;
    const { token, authorizations } = newDevIpfsToken();
    const ipfsNode: RunningIpfsNode = await step(`IPFS node on 127.0.0.1:${ports.ipfs}`, () =>
      startIpfsNode({
        dataDir: options.ipfsDataDir ?? DEFAULT_DATA_DIR,
        port: ports.ipfs,
        allowedApiOrigins: [appOrigin, `http://127.0.0.1:${ports.app}`],
        authorizations,
      }),
    );
    stoppers.push(ipfsNode.stop);
    const tokenFile = await saveDevIpfsToken(ports.ipfs, token);
    stoppers.push(tokenFile.remove);
    const ipfs = { apiUrl: ipfsNode.apiUrl, gatewayUrl: ipfsNode.gatewayUrl, token };

    const { publicClient, accounts, walletFor } = await localClients(chain.rpcUrl);
    const deployer = accounts[0];
    if (deployer === undefined) throw new Error("The local chain has no unlocked account");
    const deployment = await step("Protocol and services deployed", async () => {
      const clients = { publicClient, walletClient: walletFor(deployer) };
      const protocol = await deployProtocol({ ...clients, withLocalCurrency: true, withEuroCoin: true });
      const deployed = await deployServices({ ...clients, deployment: protocol });
      await writeDeployment(deployed);
      return deployed;
    });
    const indexer = options.withIndexer
      ? startIndexerBeside(options, ports.indexer, chain.rpcUrl, deployment, ipfs)
      : undefined;
    if (indexer) stoppers.push(indexer.stop);
    const relayer = options.withRelayer
      ? await step(`Relayer on 127.0.0.1:${ports.relayer}`, async () => {
          const running = await startDevRelayer({
            client: publicClient,
            deployment,
            tokens: [deployment.contracts.LocalCurrency?.address, deployment.tokens?.EURC?.address].filter(
              (token): token is Address => token !== undefined,
            ),
            port: ports.relayer,
            dataDir: options.relayerDataDir,
          });
          stoppers.push(running.close);
          return running;
        })
      : undefined;
    if (options.seed) {
      const seed = options.seed;
      await step("Demo town seeded", () => seed({ rpcUrl: chain.rpcUrl, publicClient, accounts, deployment, ipfs }));
    }
    let app: WebApp | undefined;
    if (options.withApp !== false) {
      app = await step(`Web app on ${appOrigin}`, () =>
        startWebApp({
          port: ports.app,
          rpcUrl: chain.rpcUrl,
          ipfsReplicas: [{ apiUrl: `${ipfs.apiUrl}/api/v0`, token, name: "local" }],
          ipfsGateways: [ipfs.gatewayUrl],
          chainId: deployment.chainId,
          placeSuggestions: options.placeSuggestions,
          mapTiles: options.mapTiles,
          indexerUrls: indexer ? [indexer.url] : [],
          relayerUrls: relayer ? [relayer.url] : [],
        }),
      );
      stoppers.push(app.stop);
    }
    return {
      rpcUrl: chain.rpcUrl,
      ipfs,
      ipfsTokenFile: tokenFile.path,
      appUrl: app?.url,
      indexer,
      relayer: relayer && { url: relayer.url, address: relayer.address },
      deployment,
      accounts,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Starts the indexer in the background: its step ends when its API answers. Stopping it while it starts gives the
 * start up (the Ponder process is stopped); stopping it later stops the process.
 */
function startIndexerBeside(
  options: DevStackOptions,
  port: number,
  rpcUrl: string,
  deployment: Deployment,
  ipfs: { gatewayUrl: string },
): { url: string; ready: Promise<void>; stop(): Promise<void> } {
  const name = `Indexer on 127.0.0.1:${port}`;
  const giveUp = new AbortController();
  options.onStep?.(name, "start");
  const starting = startIndexer({
    rpcUrl,
    deployment,
    ipfsGateway: ipfs.gatewayUrl,
    port,
    dataDir: options.indexerDataDir,
    signal: giveUp.signal,
  });
  const ready = starting.then(() => options.onStep?.(name, "done"));
  // A start that fails is reported through `ready`, never as an unhandled rejection.
  ready.catch(() => undefined);
  return {
    url: `http://127.0.0.1:${port}`,
    ready,
    stop: async () => {
      giveUp.abort(new Error("The dev stack stopped"));
      const running: RunningIndexer | undefined = await starting.catch(() => undefined);
      await running?.stop();
    },
  };
}
