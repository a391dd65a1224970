import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { getIndexerInfo } from "@grandrue/sdk";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { runtimeConfigPlugin } from "../../app/vite/runtimeConfigPlugin.ts";
import { headlessChromium } from "../../scripts/lib/chromium.ts";
import { DEMO_PLACES } from "../../scripts/lib/demo-town/index.ts";
import { writeDemoMapTiles } from "../../scripts/lib/demo-town/map/demoMap.ts";
import { localClients } from "../../scripts/lib/dev-stack/clients.ts";
import { freePorts } from "../../scripts/lib/dev-stack/ports.ts";
import { type DevStack, startDevStack } from "../../scripts/lib/dev-stack/startDevStack.ts";
import { APP_VITE_CONFIG, webAppEnv } from "../../scripts/lib/dev-stack/webApp.ts";
import { type IpfsProcess, startIpfsProcess } from "../../scripts/lib/ipfs/ipfsProcess.ts";
import { type SeededTown, seedDemoTown } from "../../scripts/lib/seed/seedDemoTown.ts";
import { browserAppBuild, RUNTIME_CONFIG_URL } from "./appBuild.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SCREENSHOT_DIR = `${ROOT}test-results/screenshots`;

/** A second IPFS node the app and the seed also write to, in its own process, and how to replace it once killed. */
export type SecondIpfsNode = {
  current: IpfsProcess;
  /** Starts an empty node on the same port and token, as a replacement for a lost one. */
  replace(): Promise<IpfsProcess>;
};

export type BrowserStack = {
  stack: DevStack;
  /** With `secondIpfsNode`: the app writes to the dev node ("local") and to this one ("replica"), read first. */
  secondIpfs?: SecondIpfsNode;
  seeded: SeededTown;
  appUrl: string;
  context: BrowserContext;
  page: Page;
  /** With `withRelayer`: the relayer the app is configured with. */
  relayerUrl?: string;
  /** Every URL the pages requested, for the "no third-party request" check. */
  requests: string[];
  /** Origins the app may talk to: itself, the RPC endpoint, the IPFS gateways, the indexer and relayer (when they run). */
  allowedOrigins: string[];
  /** Saves a full-page screenshot as test-results/screenshots/<story>-<step>.png. */
  screenshot(step: string): Promise<void>;
  stop(): Promise<void>;
};

export type BrowserStackOptions = {
  /**
   * Run the open indexer as `npm run dev` does (the app configured with it), and wait until it has read the demo
   * town. The app's own origin also serves it under {@link OWN_INDEXER_PATH}, as a host may proxy an indexer.
   */
  withIndexer?: boolean;
  /** Start a second IPFS node the app writes to as well, and reads first (see {@link BrowserStack.secondIpfs}). */
  secondIpfsNode?: boolean;
  /**
   * Start the dev stack's relayer (`relayer/`, fees in the local currency and the demo EURC) and configure the app
   * with it; its URL is {@link BrowserStack.relayerUrl}.
   */
  withRelayer?: boolean;
  /** Open the app at `localhost` instead of `127.0.0.1`: WebAuthn (passkeys) refuses an IP address as relying party. */
  onLocalhost?: boolean;
};

/** Where the app's origin serves the indexer in stories `withIndexer` (an indexer URL a shopper may type). */
export const OWN_INDEXER_PATH = "/own-indexer";

/** Waits until the indexer has applied the chain's last block and read every current document. */
async function indexerCaughtUp(indexerUrl: string, stack: DevStack): Promise<void> {
  const head = Number(await (await localClients(stack.rpcUrl)).publicClient.getBlockNumber());
  const deadline = Date.now() + 120_000;
  for (;;) {
    const info = await getIndexerInfo(indexerUrl).catch(() => undefined);
    if (info !== undefined && (info.block?.number ?? 0) >= head && info.documents.pending === 0) return;
    if (Date.now() > deadline)
      throw new Error(`The indexer did not read the demo town in 2 minutes: ${JSON.stringify(info)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * The real thing for browser tests: a local chain with the protocol and the seeded demo town, the embedded IPFS node,
 * the web app (one build per run, see appBuild.ts) served by `vite preview` with this stack's configuration, and headless Debian Chromium (playwright-core); with the
 * open indexer on request. Each story takes free ports from the OS, so stories run side by side with each other and
 * with `npm run dev`.
 */
export async function startBrowserStack(story: string, options: BrowserStackOptions = {}): Promise<BrowserStack> {
  const [chain, ipfs, app, indexer, relayer, replicaPort] = (await freePorts(6)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ports = { chain, ipfs, app, indexer, relayer };
  const appUrl = `http://${options.onLocalhost === true ? "localhost" : "127.0.0.1"}:${ports.app}`;
  const workDir = await mkdtemp(join(tmpdir(), `grandrue-browser-${story}-`));
  const stoppers: (() => Promise<unknown>)[] = [() => rm(workDir, { recursive: true, force: true })];
  let secondIpfs: SecondIpfsNode | undefined;
  if (options.secondIpfsNode === true) {
    let generation = 0;
    const start = () =>
      startIpfsProcess({
        port: replicaPort,
        dataDir: join(workDir, `replica-${generation++}`),
        token: "browser-story-replica-token",
        allowedOrigins: [appUrl],
      });
    const node: SecondIpfsNode = {
      current: await start(),
      replace: async () => {
        node.current = await start();
        return node.current;
      },
    };
    secondIpfs = node;
    stoppers.unshift(() => node.current.kill());
  }
  const replica = secondIpfs?.current;
  let seeded: SeededTown | undefined;
  const stack = await startDevStack({
    ports,
    withApp: false,
    withIndexer: options.withIndexer === true,
    withRelayer: options.withRelayer === true,
    relayerDataDir: join(workDir, "relayer"),
    ipfsDataDir: join(workDir, "ipfs"),
    indexerDataDir: join(workDir, "indexer"),
    seed: async ({ rpcUrl, deployment, ipfs }) => {
      seeded = await seedDemoTown({
        rpcUrl,
        deployment,
        ipfs:
          replica === undefined
            ? ipfs
            : {
                replicas: [ipfs, { apiUrl: replica.apiUrl, token: replica.token }],
                gateways: [ipfs.gatewayUrl],
              },
      });
    },
  }).catch(async (error: unknown) => {
    for (const stop of stoppers) await stop().catch(() => undefined);
    throw error;
  });
  stoppers.unshift(() => stack.stop());
  try {
    const local = { apiUrl: `${stack.ipfs.apiUrl}/api/v0`, token: stack.ipfs.token, name: "local" };
    const indexerUrl = stack.indexer?.url;
    const relayerUrl = stack.relayer?.url;
    if (stack.indexer !== undefined) {
      await stack.indexer.ready;
      await indexerCaughtUp(stack.indexer.url, stack);
    }
    const variables = webAppEnv({
      rpcUrl: stack.rpcUrl,
      ipfsReplicas:
        replica === undefined
          ? [local]
          : [local, { apiUrl: `${replica.apiUrl}/api/v0`, token: replica.token, name: "replica" }],
      // The second node is read first, so a story that kills it shows reads falling back to the first.
      ipfsGateways: replica === undefined ? [stack.ipfs.gatewayUrl] : [replica.gatewayUrl, stack.ipfs.gatewayUrl],
      chainId: stack.deployment.chainId,
      placeSuggestions: DEMO_PLACES,
      mapTiles: await writeDemoMapTiles(),
      indexerUrls: indexerUrl === undefined ? [] : [indexerUrl],
      relayerUrls: relayerUrl === undefined ? [] : [relayerUrl],
    });
    const outDir = await browserAppBuild();
    const { preview } = await import("vite");
    const server = await preview({
      ...APP_VITE_CONFIG,
      logLevel: "warn",
      build: { outDir },
      plugins: [runtimeConfigPlugin(RUNTIME_CONFIG_URL, { variables, deployments: [stack.deployment] })],
      preview: {
        host: "127.0.0.1",
        port: ports.app,
        strictPort: true,
        ...(indexerUrl !== undefined && {
          proxy: {
            [OWN_INDEXER_PATH]: { target: indexerUrl, rewrite: (path: string) => path.slice(OWN_INDEXER_PATH.length) },
          },
        }),
      },
    });
    stoppers.unshift(() => new Promise<void>((resolve) => server.httpServer.close(() => resolve())));

    const context = await chromium.launchPersistentContext(join(workDir, "profile"), {
      ...headlessChromium(),
      locale: "fr-FR",
      viewport: { width: 1280, height: 900 },
    });
    stoppers.unshift(() => context.close());
    const requests: string[] = [];
    context.on("request", (request) => requests.push(request.url()));
    const page = context.pages()[0] ?? (await context.newPage());
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    return {
      stack,
      secondIpfs,
      seeded: seeded!,
      appUrl,
      ...(relayerUrl !== undefined && { relayerUrl }),
      context,
      page,
      requests,
      allowedOrigins: [
        appUrl,
        new URL(stack.rpcUrl).origin,
        new URL(stack.ipfs.gatewayUrl).origin,
        ...(replica === undefined ? [] : [new URL(replica.gatewayUrl).origin]),
        ...(indexerUrl === undefined ? [] : [new URL(indexerUrl).origin]),
        ...(relayerUrl === undefined ? [] : [new URL(relayerUrl).origin]),
      ],
      screenshot: async (step) => {
        await page.screenshot({ path: `${SCREENSHOT_DIR}/${story}-${step}.png`, fullPage: true });
      },
      stop: async () => {
        for (const stop of stoppers) await stop().catch(() => undefined);
      },
    };
  } catch (error) {
    for (const stop of stoppers) await stop().catch(() => undefined);
    throw error;
  }
}

/** The requested URLs whose origin is not one the app may talk to (data: and blob: URLs are local). */
export function thirdPartyRequests(requests: string[], allowedOrigins: string[]): string[] {
  return requests.filter((url) => !/^(data|blob):/.test(url) && !allowedOrigins.includes(new URL(url).origin));
}
