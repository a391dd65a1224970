import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { DEMO_PLACES } from "../../scripts/lib/demo-town/index.ts";
import { writeDemoMapTiles } from "../../scripts/lib/demo-town/map/demoMap.ts";
import { freePorts } from "../../scripts/lib/dev-stack/ports.ts";
import { type DevStack, startDevStack } from "../../scripts/lib/dev-stack/startDevStack.ts";
import { APP_VITE_CONFIG, webAppEnv } from "../../scripts/lib/dev-stack/webApp.ts";
import { type IpfsProcess, startIpfsProcess } from "../../scripts/lib/ipfs/ipfsProcess.ts";
import { type SeededTown, seedDemoTown } from "../../scripts/lib/seed/seedDemoTown.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SCREENSHOT_DIR = `${ROOT}test-results/screenshots`;
const CHROMIUM = "/usr/bin/chromium";

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
  /** Every URL the pages requested, for the "no third-party request" check. */
  requests: string[];
  /** Origins the app may talk to: itself, the RPC endpoint and the IPFS gateway. */
  allowedOrigins: string[];
  /** Saves a full-page screenshot as test-results/screenshots/<story>-<step>.png. */
  screenshot(step: string): Promise<void>;
  stop(): Promise<void>;
};

/**
 * The real thing for browser tests: a local chain with the protocol and the seeded demo town, the embedded IPFS node,
 * the web app built for them and served by `vite preview`, and headless Debian Chromium (playwright-core). Each story
 * takes free ports from the OS, so stories run side by side with each other and with `npm run dev`.
 */
export async function startBrowserStack(
  story: string,
  options: { secondIpfsNode?: boolean } = {},
): Promise<BrowserStack> {
  const [chain, ipfs, app, replicaPort] = (await freePorts(4)) as [number, number, number, number];
  const ports = { chain, ipfs, app };
  const appUrl = `http://127.0.0.1:${ports.app}`;
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
    ipfsDataDir: join(workDir, "ipfs"),
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
    Object.assign(
      process.env,
      webAppEnv({
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
      }),
    );
    const { build, preview } = await import("vite");
    const outDir = join(workDir, "dist");
    await build({ ...APP_VITE_CONFIG, logLevel: "warn", build: { outDir, emptyOutDir: true } });
    const server = await preview({
      ...APP_VITE_CONFIG,
      logLevel: "warn",
      build: { outDir },
      preview: { host: "127.0.0.1", port: ports.app, strictPort: true },
    });
    stoppers.unshift(() => new Promise<void>((resolve) => server.httpServer.close(() => resolve())));

    const context = await chromium.launchPersistentContext(join(workDir, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      locale: "fr-FR",
      viewport: { width: 1280, height: 900 },
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
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
      context,
      page,
      requests,
      allowedOrigins: [
        appUrl,
        new URL(stack.rpcUrl).origin,
        new URL(stack.ipfs.gatewayUrl).origin,
        ...(replica === undefined ? [] : [new URL(replica.gatewayUrl).origin]),
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
