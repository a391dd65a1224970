/**
 * An indexer configured with IPFS replicas keeps every shop document and catalog it validated on them, so every
 * indexer is also a replica of what it indexes.
 */
import { getShop } from "@grandrue/sdk";
import { afterAll, beforeAll, test } from "vitest";
import { type RunningIndexer, startIndexer } from "../../indexer/startIndexer.ts";
import { type RunningIpfsNode, startIpfsNode } from "../../scripts/ipfs-node.ts";
import { parseApiAuthorizations } from "../../scripts/lib/ipfs/authorizations.ts";
import { tempDataDir } from "../ipfs/support.ts";
import { type ChainFixture, startChainFixture } from "./chainFixture.ts";
import { eventually, waitForIndexer } from "./support.ts";

const SHOPS = 4;
const TOKEN = "indexer-replica-token-0123456789";

let fixture: ChainFixture;
let replica: RunningIpfsNode;
let replicaDir: Awaited<ReturnType<typeof tempDataDir>>;
let indexer: RunningIndexer | undefined;

beforeAll(async () => {
  fixture = await startChainFixture(SHOPS);
  await fixture.town.register(0, SHOPS);
  replicaDir = await tempDataDir();
  replica = await startIpfsNode({
    dataDir: replicaDir.path,
    authorizations: parseApiAuthorizations({ indexer: { AuthSecret: TOKEN, AllowedPaths: ["/api/v0"] } }, "test"),
  });
}, 120_000);

afterAll(async () => {
  await indexer?.stop();
  await replica?.stop();
  await replicaDir?.remove();
  await fixture?.stop();
});

test("keeps every shop's metadata and catalog it indexed on its own replica", async () => {
  indexer = await startIndexer({
    rpcUrl: fixture.stack.rpcUrl,
    deployment: fixture.stack.deployment,
    ipfsGateway: fixture.stack.ipfs.gatewayUrl,
    ipfsReplicas: { replicas: [{ apiUrl: replica.apiUrl, token: TOKEN, name: "indexer" }] },
    dataDir: `${fixture.dataDir}/indexer`,
  });
  await waitForIndexer(indexer.url, { block: await fixture.publicClient.getBlockNumber(), documents: 2 * SHOPS });
  const cids: string[] = [];
  for (let shopId = 1n; shopId <= SHOPS; shopId += 1n) {
    const shop = await getShop(fixture.publicClient, fixture.stack.deployment, { shopId });
    cids.push(shop.metadataCid!, shop.catalogCid!);
  }
  const held = async () =>
    (await Promise.all(cids.map((cid) => fetch(`${replica.gatewayUrl}/ipfs/${cid}?format=raw`)))).every(
      (response) => response.status === 200,
    );
  await eventually(held, "the replica holds every indexed document", 30_000);
}, 180_000);
