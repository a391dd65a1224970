import { getBlock } from "viem/actions";
import type { MarketReadClient } from "./client.ts";

/** A log's block number and, when the node sends it, its block timestamp. */
type LogPosition = { blockNumber: bigint; blockTimestamp?: bigint | null };

/**
 * The timestamp (unix seconds) of the block of each log, fetching each distinct block once (nodes that put
 * `blockTimestamp` in their logs cost no request at all).
 * @example const timestamps = await blockTimestamps(client, logs); timestamps.get(log.blockNumber)
 */
export async function blockTimestamps(
  client: MarketReadClient,
  logs: readonly LogPosition[],
): Promise<Map<bigint, number>> {
  const timestamps = new Map<bigint, number>();
  for (const log of logs) {
    if (log.blockTimestamp !== undefined && log.blockTimestamp !== null)
      timestamps.set(log.blockNumber, Number(log.blockTimestamp));
  }
  const missing = [...new Set(logs.map((log) => log.blockNumber))].filter(
    (blockNumber) => !timestamps.has(blockNumber),
  );
  const blocks = await Promise.all(missing.map((blockNumber) => getBlock(client, { blockNumber })));
  for (const block of blocks) timestamps.set(block.number, Number(block.timestamp));
  return timestamps;
}
