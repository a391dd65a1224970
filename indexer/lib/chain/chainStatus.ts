import type { SqlClient } from "../db/sqlClient.ts";

/** How far the chain tables are: the last indexed block of the deployment's chain. */
export type ChainStatus = { chainId: number; blockNumber: number; blockTimestamp: number };

/**
 * Reads Ponder's checkpoint of the chain (`_ponder_checkpoint.latest_checkpoint`: block timestamp in 10 digits,
 * chain id in 16, block number in 16, then the position in the block — Ponder 0.16's format). `undefined` before
 * the first block is indexed.
 */
export async function readChainStatus(
  sql: Pick<SqlClient, "query">,
  chainSchema: string,
): Promise<ChainStatus | undefined> {
  const rows = await sql
    .query<{ latest_checkpoint: string }>(
      `SELECT latest_checkpoint FROM "${chainSchema.replaceAll('"', '""')}"._ponder_checkpoint LIMIT 1`,
    )
    .catch(() => []);
  const checkpoint = rows[0]?.latest_checkpoint;
  if (checkpoint === undefined) return undefined;
  return {
    blockTimestamp: Number(checkpoint.slice(0, 10)),
    chainId: Number(checkpoint.slice(10, 26)),
    blockNumber: Number(checkpoint.slice(26, 42)),
  };
}
