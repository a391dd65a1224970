/**
 * A shop registered in a block that a reorg removes disappears from the indexer's search. The local chain reverts to
 * a snapshot and mines other blocks past the old head: to Ponder, blocks it had indexed are replaced by others.
 */

import { searchIndexer } from "@grandrue/sdk";
import { afterAll, beforeAll, expect, test } from "vitest";
import { TOWN_CENTRE } from "../../bench/search/synthetic-town.ts";
import { type RunningIndexer, startIndexer } from "../../indexer/startIndexer.ts";
import { type ChainFixture, startChainFixture } from "./chainFixture.ts";
import { eventually, waitForIndexer } from "./support.ts";

let fixture: ChainFixture;
let indexer: RunningIndexer;

beforeAll(async () => {
  fixture = await startChainFixture(3);
  await fixture.town.register(0, 1);
  indexer = await startIndexer({
    rpcUrl: fixture.stack.rpcUrl,
    deployment: fixture.stack.deployment,
    ipfsGateway: fixture.stack.ipfs.gatewayUrl,
    dataDir: `${fixture.dataDir}/indexer`,
  });
}, 120_000);

afterAll(async () => {
  await indexer?.stop();
  await fixture?.stop();
});

/** Shop id → metadata CID of every shop the indexer finds around the synthetic town. */
async function shopsFound(): Promise<Map<string, string>> {
  const answer = await searchIndexer(indexer.url, { near: TOWN_CENTRE, radiusMetres: 100_000, limit: 50 });
  return new Map(answer.results.map((result) => [String(result.shopId), result.metadataCid]));
}

test("a shop registered in a block that a reorg removes disappears from search; the block that replaces it counts", async () => {
  await waitForIndexer(indexer.url, { block: await fixture.publicClient.getBlockNumber(), documents: 2 });
  expect([...(await shopsFound()).keys()]).toEqual(["1"]);

  const snapshot = await fixture.testClient.snapshot();
  await fixture.town.register(1, 2); // shop #2, the synthetic town's second shop
  await eventually(async () => (await shopsFound()).has("2"), "the indexer finds shop #2");
  const removedCid = (await shopsFound()).get("2");

  await fixture.testClient.revert({ id: snapshot });
  await fixture.testClient.mine({ blocks: 5 });
  const head = await fixture.publicClient.getBlockNumber();
  await waitForIndexer(indexer.url, { block: head });
  await eventually(async () => !(await shopsFound()).has("2"), "shop #2 is gone after the reorg");

  // On the new branch, id 2 goes to another shop: the indexer shows it with its own documents.
  await fixture.town.register(2, 3);
  await eventually(async () => (await shopsFound()).has("2"), "the indexer finds the new shop #2");
  expect((await shopsFound()).get("2")).not.toBe(removedCid);
}, 120_000);
