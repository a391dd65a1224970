/**
 * The web app as a shopper meets it: builds the app, seeds 1,000 shops (about 10 items each) on a local chain and the
 * embedded IPFS node, and in headless Chromium measures, on a first visit with an empty cache (fresh profile), the
 * gzip size of all the JavaScript the page loads until it shows results (and a second after), and the time from navigation to the first
 * search result (median of 5). Writes bench/results/app.json as { initialJsGzipKB, firstResultsMs }.
 * Run: npm run bench:app (about 2 minutes). Needs Chromium (GRANDRUE_CHROMIUM, else /usr/bin/chromium).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createIpfsClient } from "@grandrue/sdk";
import { startIpfsNode } from "../scripts/ipfs-node.ts";
import { deployProtocol } from "../scripts/lib/deploy-protocol.ts";
import { deployServices } from "../scripts/lib/deploy-services.ts";
import { writeDeployment } from "../scripts/lib/deployment-file.ts";
import { localClients } from "../scripts/lib/dev-stack/clients.ts";
import { startLocalChain } from "../scripts/lib/dev-stack/localChain.ts";
import { freePorts } from "../scripts/lib/dev-stack/ports.ts";
import { buildAndServeApp, median, timeFirstResults } from "./lib/appInChromium.ts";
import { printTable, writeResults } from "./lib/results.ts";
import { createSyntheticTown } from "./lib/syntheticTown.ts";
import { TOWN_CENTRE } from "./search/synthetic-town.ts";

const SHOPS = 1_000;
const RUNS = 5;
const [chainPort, ipfsPort, appPort] = (await freePorts(3)) as [number, number, number];
const PORTS = { chain: chainPort, ipfs: ipfsPort, app: appPort };

const workDir = await mkdtemp(join(tmpdir(), "grandrue-bench-app-"));
const chain = await startLocalChain({ port: PORTS.chain });
const ipfsNode = await startIpfsNode({ dataDir: join(workDir, "ipfs"), port: PORTS.ipfs });
try {
  const { publicClient, accounts, walletFor } = await localClients(chain.rpcUrl);
  const clients = { publicClient, walletClient: walletFor(accounts[0]!) };
  // With the services, as `npm run dev` deploys them: the Find page then also reads every label attestation.
  const deployment = await deployServices({
    ...clients,
    deployment: await deployProtocol({ ...clients, withLocalCurrency: true }),
  });
  await writeDeployment(deployment);
  const ipfs = createIpfsClient({ apiUrl: ipfsNode.apiUrl, gateways: [ipfsNode.gatewayUrl] });
  const town = createSyntheticTown({
    ipfs,
    publicClient,
    merchant: walletFor(accounts[1]!),
    registry: deployment.contracts.ShopRegistry.address,
    arbitrator: deployment.contracts.MediatorArbitrator.address,
    size: SHOPS,
  });
  await town.register(0, SHOPS);
  console.log(`${SHOPS} shops on chain and IPFS`);

  const app = await buildAndServeApp({
    rpcUrl: chain.rpcUrl,
    ipfsReplicas: [{ apiUrl: ipfsNode.apiUrl }],
    ipfsGateways: [ipfsNode.gatewayUrl],
    chainId: deployment.chainId,
    workDir,
    port: PORTS.app,
  });
  let runs: Awaited<ReturnType<typeof timeFirstResults>>;
  try {
    runs = await timeFirstResults({
      pageUrl: `${app.url}/?q=pain`,
      place: { label: "Lyon", lat: TOWN_CENTRE.lat, lon: TOWN_CENTRE.lon },
      runs: RUNS,
      workDir,
      profile: "profile",
    });
  } finally {
    await app.stop();
  }
  const timings = runs.map((run) => run.firstResultsMs);
  const results = {
    initialJsGzipKB: Number(median(runs.map((run) => run.javaScriptGzipKB)).toFixed(1)),
    firstResultsMs: median(timings),
  };
  printTable(
    ["measure", "value", "goal"],
    [
      ["JavaScript loaded on first visit (gzip)", `${results.initialJsGzipKB} kB`, "≤ 180 kB"],
      [`first search results, ${SHOPS} shops (median of ${RUNS})`, `${results.firstResultsMs} ms`, "≤ 3000 ms"],
    ],
  );
  console.log(`runs: ${timings.join(", ")} ms`);
  console.log(`\nwrote ${await writeResults("app", results)}`);
} finally {
  await ipfsNode.stop();
  await chain.stop();
  await rm(workDir, { recursive: true, force: true });
}
