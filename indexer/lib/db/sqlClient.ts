/** A row as both drivers return it: column name → value. */
export type Row = Record<string, unknown>;

/** The few database operations the document fetcher and the search need, on PGlite or node-postgres alike. */
export type SqlClient = {
  /** Runs one parameterised statement (`$1`, `$2`…) and returns its rows. */
  query<R extends Row = Row>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** Runs `work` in one transaction: everything it wrote is committed together, or nothing if it throws. */
  transaction<T>(work: (sql: Pick<SqlClient, "query">) => Promise<T>): Promise<T>;
};

/** What PGlite and a pg.Pool have in common: `query(text, params)` answering `{ rows }`. */
type Queryable = { query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }> };
type PgliteLike = Queryable & { transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> };
type PoolLike = Queryable & { connect(): Promise<Queryable & { release(error?: Error): void }> };

const queryOf =
  (queryable: Queryable): SqlClient["query"] =>
  async <R extends Row>(text: string, params: readonly unknown[] = []) =>
    (await queryable.query(text, [...params])).rows as R[];

/** A {@link SqlClient} over an embedded PGlite instance (one session: its transactions queue the other queries). */
export function pgliteSqlClient(pglite: PgliteLike): SqlClient {
  return {
    query: queryOf(pglite),
    transaction: (work) => pglite.transaction((tx) => work({ query: queryOf(tx) })),
  };
}

/** A {@link SqlClient} over a node-postgres pool. */
export function poolSqlClient(pool: PoolLike): SqlClient {
  return {
    query: queryOf(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work({ query: queryOf(client) });
        await client.query("COMMIT");
        client.release();
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        client.release(error as Error);
        throw error;
      }
    },
  };
}
