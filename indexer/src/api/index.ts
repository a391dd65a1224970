import { db } from "ponder:api";
import { createIpfsClient, createIpfsReader } from "@grandrue/sdk";
import { Hono } from "hono";
import { readChainStatus } from "../../lib/chain/chainStatus.ts";
import { indexerDatabase } from "../../lib/db/indexerDatabase.ts";
import { DEFAULT_RETRY, startDocumentFetcher } from "../../lib/documents/documentFetcher.ts";
import { createDocumentKeeper } from "../../lib/documents/documentKeeper.ts";
import { documentCounts, pendingDocumentCount } from "../../lib/documents/documentStore.ts";
import { createDocumentTables } from "../../lib/documents/documentTables.ts";
import { rateLimitPerIp } from "../../lib/http/rateLimit.ts";
import { parseSearchRequest, type SearchRequest, SearchRequestError } from "../../lib/search/searchRequest.ts";
import { searchShops } from "../../lib/search/searchShops.ts";
import { indexerSettings } from "../../lib/settings.ts";

const settings = indexerSettings();
// Ponder's read-only Drizzle instance hides the driver it wraps (PGlite, or its read-only pg pool) from its type.
const ponderDriver = (db as unknown as { $client: unknown }).$client;
const database = indexerDatabase(ponderDriver, settings.databaseUrl);
const chainSchema = settings.databaseSchema;
// With replicas configured, the indexer keeps what it indexes on them: every indexer is then a replica too.
const replicas =
  settings.ipfsReplicas === undefined
    ? undefined
    : createIpfsClient({ gateways: settings.ipfsGateways, ...settings.ipfsReplicas });
const ipfs = replicas ?? createIpfsReader({ gateways: settings.ipfsGateways });
const keeper =
  replicas === undefined
    ? undefined
    : createDocumentKeeper(replicas, DEFAULT_RETRY, (error) => console.warn("document keeper:", error));
// The document tables must exist before the first search; the fetcher starts once they do.
const ready = createDocumentTables(database.writer);
void ready.then(
  () =>
    startDocumentFetcher({
      sql: database.writer,
      chainSchema,
      ipfs,
      keeper,
      onError: (error) => console.warn("document fetcher:", error),
    }),
  (error) => console.error("could not create the document tables:", error),
);

const app = new Hono();
const rateLimit = rateLimitPerIp(settings.rateLimitPerMinute);
app.use("/search", rateLimit);
app.use("/info", rateLimit);

app.get("/search", async (c) => {
  let request: SearchRequest;
  try {
    request = parseSearchRequest(new URL(c.req.url).searchParams);
  } catch (error) {
    if (error instanceof SearchRequestError)
      return c.json({ error: "bad-request", parameter: error.parameter, message: error.message }, 400);
    throw error;
  }
  const features = await ready;
  const chain = await readChainStatus(database.reader, chainSchema);
  const answer = await searchShops(
    { sql: database.reader, chainSchema, features, now: BigInt(chain?.blockTimestamp ?? 0) },
    request,
  );
  return c.json({
    chainId: settings.deployment.chainId,
    block: chain === undefined ? null : { number: chain.blockNumber, timestamp: chain.blockTimestamp },
    terms: answer.terms,
    offset: request.offset,
    limit: request.limit,
    hasMore: answer.hasMore,
    results: answer.hits,
  });
});

app.get("/info", async (c) => {
  const [features, chain, documents, pending] = await Promise.all([
    ready,
    readChainStatus(database.reader, chainSchema),
    documentCounts(database.reader),
    pendingDocumentCount(database.reader, chainSchema),
  ]);
  return c.json({
    service: "grandrue-indexer",
    chainId: settings.deployment.chainId,
    deployment: settings.deployment,
    block: chain === undefined ? null : { number: chain.blockNumber, timestamp: chain.blockTimestamp },
    documents: { ...documents, pending },
    features: { typoIndex: features.trigramSchema === undefined ? "vocabulary-prefix" : "pg_trgm" },
  });
});

app.onError((error, c) => {
  console.error("indexer API error:", error);
  return c.json({ error: "internal", message: "The indexer could not answer: see its log" }, 500);
});

export default app;
