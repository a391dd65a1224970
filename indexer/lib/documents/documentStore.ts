import type { SqlClient } from "../db/sqlClient.ts";
import { DOCUMENTS_SCHEMA } from "./documentTables.ts";
import { type ItemSearchRow, type ShopSearchRow, vocabularyOf } from "./searchRows.ts";

/** Which document a CID is read as: a shop's metadata or its catalog. */
export type DocumentKind = "shop" | "catalog";

/** A document the chain names that has not been read yet, or whose next try is due. */
export type WantedDocument = { cid: string; kind: DocumentKind };

const S = DOCUMENTS_SCHEMA;
const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The current metadata and catalog CIDs of every shop, as `(cid, kind)` rows. */
function currentDocuments(chainSchema: string): string {
  const shop = `${quoteIdentifier(chainSchema)}.shop`;
  return `SELECT metadata_cid AS cid, 'shop' AS kind FROM ${shop} WHERE metadata_cid IS NOT NULL
    UNION
    SELECT catalog_cid AS cid, 'catalog' AS kind FROM ${shop} WHERE catalog_cid IS NOT NULL`;
}

/**
 * Up to `limit` documents the chain tables name (current metadata and catalog CIDs) that were never read, or that
 * were unreachable and whose next try is due.
 */
export async function wantedDocuments(
  sql: Pick<SqlClient, "query">,
  chainSchema: string,
  limit: number,
): Promise<WantedDocument[]> {
  return sql.query<WantedDocument>(
    `SELECT cid, kind FROM (${currentDocuments(chainSchema)}) AS wanted
     WHERE NOT EXISTS (
       SELECT 1 FROM ${S}.fetch AS tried
       WHERE tried.cid = wanted.cid AND tried.kind = wanted.kind AND (tried.status <> 'unreachable' OR tried.next_attempt_at > now())
     )
     LIMIT $1`,
    [limit],
  );
}

/** How many current documents are not read yet: never tried, or unreachable so far. */
export async function pendingDocumentCount(sql: Pick<SqlClient, "query">, chainSchema: string): Promise<number> {
  const [row] = await sql.query<{ count: string | number }>(
    `SELECT count(*) AS count FROM (${currentDocuments(chainSchema)}) AS wanted
     WHERE NOT EXISTS (SELECT 1 FROM ${S}.fetch AS tried WHERE tried.cid = wanted.cid AND tried.kind = wanted.kind AND tried.status <> 'unreachable')`,
  );
  return Number(row?.count ?? 0);
}

const recordFetch = (status: "ok" | "invalid" | "unreachable") => `
  INSERT INTO ${S}.fetch (cid, kind, status, reason, attempts, next_attempt_at, updated_at)
  VALUES ($1, $2, '${status}', $3, 1, ${status === "unreachable" ? `now() + make_interval(secs => $4::double precision)` : "NULL"}, now())
  ON CONFLICT (cid, kind) DO UPDATE SET
    status = excluded.status,
    reason = excluded.reason,
    attempts = ${S}.fetch.attempts + 1,
    next_attempt_at = ${status === "unreachable" ? `now() + least(make_interval(secs => $5::double precision), make_interval(secs => $4::double precision * power(2, ${S}.fetch.attempts)))` : "NULL"},
    updated_at = now()`;

/** Backoff of unreachable documents: the first retry after `baseSeconds`, doubling, at most `maxSeconds` apart. */
export type RetryPolicy = { baseSeconds: number; maxSeconds: number };

/** Records that a document could not be read from any gateway; it is tried again after the policy's delay. */
export async function recordUnreachable(
  sql: Pick<SqlClient, "query">,
  document: WantedDocument,
  reason: string,
  retry: RetryPolicy,
): Promise<void> {
  await sql.query(recordFetch("unreachable"), [
    document.cid,
    document.kind,
    reason,
    retry.baseSeconds,
    retry.maxSeconds,
  ]);
}

/** Records that a document is not valid for good: its bytes are fixed by its CID, so it is never read again. */
export async function recordInvalid(
  sql: Pick<SqlClient, "query">,
  document: WantedDocument,
  reason: string,
): Promise<void> {
  await sql.query(recordFetch("invalid"), [document.cid, document.kind, reason]);
}

async function addVocabulary(sql: Pick<SqlClient, "query">, texts: readonly string[]): Promise<void> {
  const words = vocabularyOf(texts);
  if (words.length > 0)
    await sql.query(`INSERT INTO ${S}.vocabulary (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [words]);
}

const WEIGHTED_TSV = (name: string, tags: string, description: string) =>
  `setweight(to_tsvector('simple', ${name}), 'A') || setweight(to_tsvector('simple', ${tags}), 'B') || setweight(to_tsvector('simple', ${description}), 'C')`;

/** Stores a valid shop metadata document's search row, its words and its "ok" in one transaction. */
export async function storeShopDocument(sql: SqlClient, cid: string, row: ShopSearchRow): Promise<void> {
  await sql.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO ${S}.shop_document (cid, name_tsv, tsv, categories, labels, lat, lon, geohash, pickup, own_delivery)
       VALUES ($1, to_tsvector('simple', $2), ${WEIGHTED_TSV("$2", "$3", "$4")}, $5::text[], $6::text[], $7, $8, $9, $10, $11)
       ON CONFLICT (cid) DO NOTHING`,
      [
        cid,
        row.nameWords,
        row.tagWords,
        row.descriptionWords,
        row.categories,
        row.labels,
        row.lat,
        row.lon,
        row.geohash,
        row.pickup,
        row.ownDelivery,
      ],
    );
    await addVocabulary(tx, [row.nameWords, row.tagWords, row.descriptionWords]);
    await tx.query(recordFetch("ok"), [cid, "shop", null]);
  });
}

/** Stores a valid catalog's item rows, their words and its "ok" in one transaction. */
export async function storeCatalog(sql: SqlClient, cid: string, items: readonly ItemSearchRow[]): Promise<void> {
  await sql.transaction(async (tx) => {
    if (items.length > 0) {
      await tx.query(
        `INSERT INTO ${S}.catalog_item (cid, item_id, tsv, categories, labels, available, pickup, delivery)
         SELECT $1, r."itemId", ${WEIGHTED_TSV('r."titleWords"', 'r."tagWords"', 'r."descriptionWords"')},
           ARRAY(SELECT jsonb_array_elements_text(r.categories)), ARRAY(SELECT jsonb_array_elements_text(r.labels)),
           r.available, r.pickup, r.delivery
         FROM jsonb_to_recordset($2::jsonb) AS r("itemId" text, "titleWords" text, "tagWords" text, "descriptionWords" text,
           categories jsonb, labels jsonb, available boolean, pickup boolean, delivery boolean)
         ON CONFLICT (cid, item_id) DO NOTHING`,
        [cid, JSON.stringify(items)],
      );
    }
    const words = items.flatMap((item) => [item.titleWords, item.tagWords, item.descriptionWords]);
    await tx.query(
      `INSERT INTO ${S}.catalog_words (cid, tsv) VALUES ($1, to_tsvector('simple', $2)) ON CONFLICT (cid) DO NOTHING`,
      [cid, words.join(" ")],
    );
    await addVocabulary(tx, words);
    await tx.query(recordFetch("ok"), [cid, "catalog", null]);
  });
}

/** How many documents are in each state, for the status endpoint. */
export async function documentCounts(
  sql: Pick<SqlClient, "query">,
): Promise<Record<"ok" | "invalid" | "unreachable", number>> {
  const rows = await sql.query<{ status: "ok" | "invalid" | "unreachable"; count: string | number }>(
    `SELECT status, count(*) AS count FROM ${S}.fetch GROUP BY status`,
  );
  const counts = { ok: 0, invalid: 0, unreachable: 0 };
  for (const { status, count } of rows) counts[status] = Number(count);
  return counts;
}
