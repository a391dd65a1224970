import { decodeJsonContent, type IpfsReader, parseCatalog, parseShopMetadata } from "@grandrue/sdk";
import pLimit from "p-limit";
import type { SqlClient } from "../db/sqlClient.ts";
import type { DocumentKeeper } from "./documentKeeper.ts";
import {
  type RetryPolicy,
  recordInvalid,
  recordUnreachable,
  storeCatalog,
  storeShopDocument,
  type WantedDocument,
  wantedDocuments,
} from "./documentStore.ts";
import { catalogSearchRows, shopSearchRow } from "./searchRows.ts";

export type DocumentFetcherOptions = {
  sql: SqlClient;
  /** The schema of Ponder's chain tables (`shop`). */
  chainSchema: string;
  ipfs: IpfsReader;
  /** Keeps each valid document on the indexer's IPFS replicas; none when the indexer keeps nothing. */
  keeper?: DocumentKeeper;
  /** Documents read at once. @default 16 */
  concurrency?: number;
  /** Documents taken from the database per round. @default 512 */
  batchSize?: number;
  /** Pause when nothing is wanted, in ms. @default 500 */
  idleMs?: number;
  retry?: RetryPolicy;
  /** Told of each database error; the fetcher pauses and carries on. */
  onError?: (error: unknown) => void;
};

export type DocumentFetcher = {
  /** Finishes the documents in hand, then stops. */
  stop(): Promise<void>;
};

export const DEFAULT_RETRY: RetryPolicy = { baseSeconds: 5, maxSeconds: 3_600 };

/** An IPFS error that no retry can fix: not a CID, an unverifiable hash, bytes that are not JSON. */
function isPermanentReadError(error: unknown): boolean {
  const name = (error as Error).name;
  return name === "InvalidCidError" || name === "UnsupportedCidError" || name === "UnexpectedContentError";
}

/**
 * Reads every document the chain tables name, outside Ponder's indexing functions so that IPFS never slows
 * indexing or interferes with its reorg handling: each CID is read once with the SDK's verified reader, validated
 * with the SDK's schemas, and stored in the content-addressed tables, then kept on the indexer's replicas when it has
 * a `keeper`. An unreachable document is tried again with exponential backoff, forever; an invalid one is recorded
 * with its reason and never read again.
 * @example const fetcher = startDocumentFetcher({ sql, chainSchema: 'public', ipfs: createIpfsReader({ gateways }) })
 */
export function startDocumentFetcher(options: DocumentFetcherOptions): DocumentFetcher {
  const {
    sql,
    chainSchema,
    ipfs,
    keeper,
    concurrency = 16,
    batchSize = 512,
    idleMs = 500,
    retry = DEFAULT_RETRY,
    onError = () => {},
  } = options;
  const stopping = new AbortController();
  const limit = pLimit(concurrency);

  const fetchOne = async (document: WantedDocument): Promise<void> => {
    if (document.cid.startsWith("invalid:"))
      return recordInvalid(sql, document, `The chain holds bytes that are not a CID (${document.cid.slice(8)})`);
    let bytes: Uint8Array;
    let json: unknown;
    try {
      bytes = await ipfs.getBytes(document.cid, { signal: stopping.signal });
      json = decodeJsonContent(document.cid, bytes);
    } catch (error) {
      if (stopping.signal.aborted) return;
      const reason = `Could not read ${document.cid}: ${(error as Error).message}`;
      return isPermanentReadError(error)
        ? recordInvalid(sql, document, reason)
        : recordUnreachable(sql, document, reason, retry);
    }
    let store: () => Promise<void>;
    try {
      if (document.kind === "shop") {
        const row = shopSearchRow(parseShopMetadata(json));
        store = () => storeShopDocument(sql, document.cid, row);
      } else {
        const rows = catalogSearchRows(parseCatalog(json));
        store = () => storeCatalog(sql, document.cid, rows);
      }
    } catch (error) {
      return recordInvalid(sql, document, `Invalid document ${document.cid}: ${(error as Error).message}`);
    }
    await store();
    await keeper?.keep(document.cid, bytes);
  };

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      stopping.signal.addEventListener(
        "abort",
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    });

  const run = async (): Promise<void> => {
    while (!stopping.signal.aborted) {
      try {
        await keeper?.retryDue();
        const wanted = await wantedDocuments(sql, chainSchema, batchSize);
        if (wanted.length === 0) {
          await pause(idleMs);
          continue;
        }
        await Promise.all(wanted.map((document) => limit(() => fetchOne(document))));
      } catch (error) {
        if (stopping.signal.aborted) return;
        onError(error);
        await pause(idleMs * 4);
      }
    }
  };

  const running = run();
  return {
    async stop() {
      stopping.abort();
      await running;
    },
  };
}
