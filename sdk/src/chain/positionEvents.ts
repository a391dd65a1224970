import type { Hex } from "viem";
import { blockTimestamps } from "./blockTimestamps.ts";
import type { MarketReadClient } from "./client.ts";

/** Where and when an event happened. */
export type EventPosition = {
  blockNumber: bigint;
  logIndex: number;
  transactionHash: Hex;
  /** Block time, unix seconds. */
  timestamp: number;
};

/** The position fields of a decoded log. */
export type LogPosition = Omit<EventPosition, "timestamp"> & { blockTimestamp?: bigint | null };

/**
 * Adds its log's position and block timestamp to each event, in chain order (block, then log index).
 * @example const history = await positionEvents(client, logs.map((log) => ({ log, event: toShopEvent(log) })))
 */
export async function positionEvents<event extends object>(
  client: MarketReadClient,
  items: readonly { log: LogPosition; event: event }[],
): Promise<(event & EventPosition)[]> {
  const timestamps = await blockTimestamps(
    client,
    items.map(({ log }) => log),
  );
  return items
    .map(({ log, event }) => ({
      ...event,
      blockNumber: log.blockNumber,
      logIndex: log.logIndex,
      transactionHash: log.transactionHash,
      timestamp: timestamps.get(log.blockNumber)!,
    }))
    .sort((a, b) =>
      a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1,
    );
}
