import type { SqlClient } from "../db/sqlClient.ts";

/**
 * The schema of the content-addressed tables. A CID names immutable bytes, so what is stored under it never needs
 * rolling back on a reorg, and indexers of several deployments may share these tables in one database.
 */
export const DOCUMENTS_SCHEMA = "grandrue_documents";

const TABLES = [
  `CREATE SCHEMA IF NOT EXISTS ${DOCUMENTS_SCHEMA}`,
  // One row per document read or tried: ok, invalid (for good: the bytes never change) or unreachable (tried again).
  `CREATE TABLE IF NOT EXISTS ${DOCUMENTS_SCHEMA}.fetch (
    cid text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('shop', 'catalog')),
    status text NOT NULL CHECK (status IN ('ok', 'invalid', 'unreachable')),
    reason text,
    attempts integer NOT NULL,
    next_attempt_at timestamptz,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (cid, kind)
  )`,
  // What search needs of a valid shop metadata document. Words are folded by the SDK, as the browser folds them.
  `CREATE TABLE IF NOT EXISTS ${DOCUMENTS_SCHEMA}.shop_document (
    cid text PRIMARY KEY,
    name_tsv tsvector NOT NULL,
    tsv tsvector NOT NULL,
    categories text[] NOT NULL,
    labels text[] NOT NULL,
    lat double precision NOT NULL,
    lon double precision NOT NULL,
    geohash text COLLATE "C" NOT NULL,
    pickup boolean NOT NULL,
    own_delivery boolean NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS shop_document_geohash ON ${DOCUMENTS_SCHEMA}.shop_document (geohash)`,
  `CREATE INDEX IF NOT EXISTS shop_document_tsv ON ${DOCUMENTS_SCHEMA}.shop_document USING gin (tsv)`,
  // One row per item of a valid catalog.
  `CREATE TABLE IF NOT EXISTS ${DOCUMENTS_SCHEMA}.catalog_item (
    cid text NOT NULL,
    item_id text NOT NULL,
    tsv tsvector NOT NULL,
    categories text[] NOT NULL,
    labels text[] NOT NULL,
    available boolean NOT NULL,
    pickup boolean NOT NULL,
    delivery boolean NOT NULL,
    PRIMARY KEY (cid, item_id)
  )`,
  // Every word of a catalog in one row: tells cheaply which catalogs of a neighbourhood can match before any item is read.
  `CREATE TABLE IF NOT EXISTS ${DOCUMENTS_SCHEMA}.catalog_words (cid text PRIMARY KEY, tsv tsvector NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS catalog_words_tsv ON ${DOCUMENTS_SCHEMA}.catalog_words USING gin (tsv)`,
  // Every folded word of the valid documents: where a query word's typo matches are looked up.
  `CREATE TABLE IF NOT EXISTS ${DOCUMENTS_SCHEMA}.vocabulary (word text COLLATE "C" PRIMARY KEY)`,
];

/** What the database offers beyond plain SQL: the schema `pg_trgm` lives in, when it is installed. */
export type DatabaseFeatures = { trigramSchema: string | undefined };

/**
 * Creates the document tables if missing, and the trigram index of the vocabulary where `pg_trgm` can be loaded
 * (PostgreSQL with the contrib package; not PGlite as Ponder starts it).
 */
export async function createDocumentTables(sql: SqlClient): Promise<DatabaseFeatures> {
  for (const statement of TABLES) await sql.query(statement);
  return { trigramSchema: await enableTrigrams(sql) };
}

/** Installs `pg_trgm` if it can and indexes the vocabulary with it; its schema, or undefined where it cannot be loaded. */
async function enableTrigrams(sql: SqlClient): Promise<string | undefined> {
  try {
    await sql.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA ${DOCUMENTS_SCHEMA}`);
  } catch {
    return undefined;
  }
  const [row] = await sql.query<{ schema: string }>(
    `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`,
  );
  if (row === undefined) return undefined;
  // Searches run with Ponder's search_path, so the operator class and operator are always named with their schema.
  await sql.query(
    `CREATE INDEX IF NOT EXISTS vocabulary_trigrams ON ${DOCUMENTS_SCHEMA}.vocabulary USING gin (word "${row.schema}".gin_trgm_ops)`,
  );
  return row.schema;
}
