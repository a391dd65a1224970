/**
 * An indexer killed with SIGKILL in the middle of its backfill, then restarted on the same data, ends with exactly
 * the answers of an indexer that ran without interruption, and with every document read.
 */

import { getIndexerInfo, type IndexerSearchQuery, searchIndexer } from "@grandrue/sdk";
import { afterAll, beforeAll, expect, test } from "vitest";
import { TOWN_CENTRE } from "../../bench/search/synthetic-town.ts";
import { type RunningIndexer, type StartIndexerOptions, startIndexer } from "../../indexer/startIndexer.ts";
import { type ChainFixture, startChainFixture } from "./chainFixture.ts";
import { waitForIndexer } from "./support.ts";

const SHOPS = 150;
const QUERIES: IndexerSearchQuery[] = [
  { near: TOWN_CENTRE, radiusMetres: 3_000, limit: 50 },
  { text: "pain", near: TOWN_CENTRE, radiusMetres: 30_000, limit: 50 },
  { text: "velo electrique", limit: 50 },
  { text: "fromage", near: TOWN_CENTRE, fulfilment: "delivery", limit: 50 },
  { text: "miel bio", near: { lat: 48.85, lon: 2.35 }, limit: 20 },
];

let fixture: ChainFixture;
const running: RunningIndexer[] = [];

beforeAll(async () => {
  fixture = await startChainFixture(SHOPS);
  await fixture.town.register(0, SHOPS);
}, 180_000);

afterAll(async () => {
  for (const indexer of running) await indexer.stop();
  await fixture?.stop();
});

async function answers(url: string): Promise<unknown[]> {
  return Promise.all(QUERIES.map(async (query) => (await searchIndexer(url, query)).results));
}

test("restarting after a SIGKILL during the backfill ends with the results of an uninterrupted run", async () => {
  const head = await fixture.publicClient.getBlockNumber();
  const options: StartIndexerOptions = {
    rpcUrl: fixture.stack.rpcUrl,
    deployment: fixture.stack.deployment,
    ipfsGateway: fixture.stack.ipfs.gatewayUrl,
    // Slow enough that the backfill is still going when the process is killed.
    maxRequestsPerSecond: 20,
  };
  const interrupted = await startIndexer({ ...options, dataDir: `${fixture.dataDir}/interrupted` });
  running.push(interrupted);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const before = await getIndexerInfo(interrupted.url);
  interrupted.process.kill("SIGKILL");
  await interrupted.stop();
  expect(before.documents.pending > 0 || (before.block?.number ?? 0) < Number(head)).toBe(true);

  // Ponder waits for the killed process's lock to expire (its heartbeat timeout, 25 s) before it resumes.
  const restarted = await startIndexer({
    ...options,
    dataDir: `${fixture.dataDir}/interrupted`,
    startTimeoutMs: 90_000,
  });
  running.push(restarted);
  const uninterrupted = await startIndexer({ ...options, dataDir: `${fixture.dataDir}/uninterrupted` });
  running.push(uninterrupted);
  const [restartedInfo, uninterruptedInfo] = await Promise.all(
    [restarted, uninterrupted].map((indexer) =>
      waitForIndexer(indexer.url, { block: head, documents: 1, timeoutMs: 150_000 }),
    ),
  );
  expect(restartedInfo!.documents).toEqual(uninterruptedInfo!.documents);
  expect(await answers(restarted.url)).toEqual(await answers(uninterrupted.url));
}, 300_000);
