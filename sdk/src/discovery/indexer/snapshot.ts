import type { ShopChainRecord } from "./types.ts";

const SNAPSHOT_VERSION = 1;

export type IndexSnapshot = { lastBlock: bigint; records: ShopChainRecord[] };

/** JSON with bigints written as `{"$bigint": "…"}`. */
export function serialiseSnapshot(snapshot: IndexSnapshot): string {
  return JSON.stringify({ version: SNAPSHOT_VERSION, ...snapshot }, (_key, value) =>
    typeof value === "bigint" ? { $bigint: value.toString() } : value,
  );
}

/** The snapshot, or undefined when it is unreadable or from another version (the indexer then starts over). */
export function parseSnapshot(text: string): IndexSnapshot | undefined {
  try {
    const parsed = JSON.parse(text, (_key, value) =>
      value !== null && typeof value === "object" && typeof value.$bigint === "string" ? BigInt(value.$bigint) : value,
    ) as { version?: number } & IndexSnapshot;
    if (parsed.version !== SNAPSHOT_VERSION || typeof parsed.lastBlock !== "bigint" || !Array.isArray(parsed.records))
      return undefined;
    return { lastBlock: parsed.lastBlock, records: parsed.records };
  } catch {
    return undefined;
  }
}
