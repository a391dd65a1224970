import pg from "pg";
import { pgliteSqlClient, poolSqlClient, type SqlClient } from "./sqlClient.ts";

/** The two connections of the indexer's API process: one that may only read, one for the document fetcher. */
export type IndexerDatabase = { reader: SqlClient; writer: SqlClient; close(): Promise<void> };

/**
 * Connections beside Ponder's own. Searches go through the read-only client Ponder gives its API (`ponder:api`'s
 * `db`); with PostgreSQL the fetcher writes through a pool of its own on `DATABASE_URL`, with the embedded PGlite
 * (one in-process session) through Ponder's instance, which is the only one that can open its directory.
 */
export function indexerDatabase(ponderApiClient: unknown, databaseUrl: string | undefined): IndexerDatabase {
  if (databaseUrl === undefined) {
    const pglite = pgliteSqlClient(ponderApiClient as Parameters<typeof pgliteSqlClient>[0]);
    return { reader: pglite, writer: pglite, close: async () => {} };
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, application_name: "grandrue_documents" });
  return {
    reader: poolSqlClient(ponderApiClient as Parameters<typeof poolSqlClient>[0]),
    writer: poolSqlClient(pool),
    close: () => pool.end(),
  };
}
