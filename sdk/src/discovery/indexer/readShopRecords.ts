import { getBlockNumber } from "viem/actions";
import type { MarketReadClient } from "../../chain/client.ts";
import { getLogsInRanges } from "../../chain/getLogsInRanges.ts";
import { toTopic } from "../../chain/topics.ts";
import type { Deployment } from "../../deployment.ts";
import { applyShopEvent, registryEvents, reviewPostedEvent, type ShopEventLog } from "./registryEvents.ts";
import type { ShopChainRecord } from "./types.ts";

export type ReadShopRecordsParameters = {
  shopIds: readonly bigint[];
  /** Last block read (default: the latest). */
  toBlock?: bigint;
  /** Forwarded to `getLogsInRanges`. */
  blockRange?: bigint;
};

export type ReadShopRecordsReturnType = {
  /** The chain record of each shop that exists; an id never registered is absent. */
  records: Map<bigint, ShopChainRecord>;
  /** The block the records are read at. */
  block: bigint;
};

/**
 * What the chain says about a few shops now: the same records {@link ShopIndexer} builds, rebuilt from only these
 * shops' events (registry events and transfers by shop id, reviews by shop), three `eth_getLogs` filtered by topic
 * whatever the number of shops, all read up to one block. The registry keeps CIDs, geohash and acceptance only in
 * its events, so events are the one source of a shop's current CIDs.
 * @example const { records } = await readShopRecords(client, deployment, { shopIds: [1n, 7n] }); records.get(7n)?.metadataCid
 */
export async function readShopRecords(
  client: MarketReadClient,
  deployment: Deployment,
  { shopIds, toBlock, blockRange }: ReadShopRecordsParameters,
): Promise<ReadShopRecordsReturnType> {
  const records = new Map<bigint, ShopChainRecord>();
  const block = toBlock ?? (await getBlockNumber(client, { cacheTime: 0 }));
  const fromBlock = BigInt(deployment.contracts.ShopRegistry.blockNumber);
  if (shopIds.length === 0) return { records, block };
  const topics = [...new Set(shopIds)].map((shopId) => toTopic(shopId));
  const range = { fromBlock, toBlock: block, blockRange };
  const registry = deployment.contracts.ShopRegistry.address;
  const shopEvents = registryEvents.filter((event) => event.name !== "Transfer");
  const transferEvents = registryEvents.filter((event) => event.name === "Transfer");
  const [shopLogs, transferLogs, reviewLogs] = await Promise.all([
    getLogsInRanges(client, { address: registry, events: shopEvents, topics: [topics], ...range }),
    getLogsInRanges(client, { address: registry, events: transferEvents, topics: [null, null, topics], ...range }),
    getLogsInRanges(client, {
      address: deployment.contracts.Reviews.address,
      events: reviewPostedEvent,
      topics: [null, topics],
      ...range,
    }),
  ]);
  const logs = [...shopLogs, ...transferLogs, ...reviewLogs].sort((a, b) =>
    a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1,
  ) as unknown as ShopEventLog[];
  for (const log of logs) applyShopEvent(records, log);
  return { records, block };
}
