import type { MarketReadClient } from "../../chain/client.ts";
import type { Deployment } from "../../deployment.ts";
import type { IpfsReader } from "../../ipfs/reader.ts";
import { loadShopDocuments } from "../indexer/loadShopDocuments.ts";
import { readShopRecords } from "../indexer/readShopRecords.ts";
import { toSearchableShop } from "../indexer/toSearchableShop.ts";
import type { IndexCache, IndexedShop } from "../indexer/types.ts";
import { ShopSearchIndex } from "../search/shop-search-index.ts";
import type { ShopSearchQuery, ShopSearchResult } from "../search/types.ts";
import { checkCandidates, type IndexerDiscrepancy } from "./checkCandidates.ts";
import { IndexerMismatchError } from "./errors.ts";
import type { IndexerSearchResponse } from "./responses.ts";
import { type IndexerRequestOptions, type IndexerSearchQuery, searchIndexer } from "./searchIndexer.ts";

/** The most candidates one `GET /search` returns. */
export const MAX_INDEXER_CANDIDATES = 50;

export type SearchThroughIndexerParameters = IndexerRequestOptions & {
  indexerUrl: string;
  query: ShopSearchQuery;
  /** Reads the documents, every byte checked against its CID. */
  ipfs: IpfsReader;
  /** Documents by CID, shared with the in-browser index. */
  cache: IndexCache;
  /** Candidates asked for, 1–50. @default 50 */
  candidates?: number;
  /** Forwarded to `getLogsInRanges` when reading the candidates' events. */
  blockRange?: bigint;
};

export type SearchThroughIndexerReturnType = {
  /** The confirmed candidates, ranked by the SDK's own search engine; `indexed` is the shop as the chain and IPFS say. */
  results: (ShopSearchResult & { indexed: IndexedShop })[];
  /** Candidates the chain contradicts, dropped. */
  discrepancies: IndexerDiscrepancy[];
  /** How many candidates the indexer proposed. */
  candidateCount: number;
  /** The last block the indexer had applied when it answered. */
  indexerBlock: IndexerSearchResponse["block"];
  /** The block the candidates were checked at. */
  checkedAtBlock: bigint;
};

function indexerQueryFor(query: ShopSearchQuery, limit: number): IndexerSearchQuery {
  return {
    ...(query.text !== undefined && { text: query.text }),
    ...(query.near !== undefined && { near: query.near }),
    ...(query.near !== undefined && query.radiusMetres !== undefined && { radiusMetres: query.radiusMetres }),
    ...(query.categories !== undefined && query.categories.length > 0 && { categories: query.categories }),
    ...(query.labels !== undefined && query.labels.length > 0 && { labels: query.labels }),
    ...(query.fulfilment !== undefined && { fulfilment: query.fulfilment }),
    ...(query.token !== undefined && { token: query.token }),
    ...(query.includeUnavailable !== undefined && { includeUnavailable: query.includeUnavailable }),
    limit,
  };
}

/**
 * "Who near me sells X" through an open indexer, without trusting it: asks it for candidates, reads the candidates'
 * events to check that each shop exists and that the CIDs named are its current ones (a contradicted candidate is
 * dropped and reported), reads the documents by those CIDs with the verified reader, and ranks the confirmed shops
 * with the same engine and rules as {@link ShopIndexer.search}. So an indexer can leave shops out, but cannot invent
 * results or change their order. Scores are those of the engine over the confirmed shops only.
 * @throws {IndexerMismatchError} when the indexer follows another chain; the indexer client's errors otherwise.
 * @example
 * const { results, discrepancies } = await searchThroughIndexer(client, deployment, {
 *   indexerUrl: 'https://index.example', query: { text: 'pain', near: { lat: 47.72, lon: 2.44 } }, ipfs, cache,
 * })
 */
export async function searchThroughIndexer(
  client: MarketReadClient,
  deployment: Deployment,
  parameters: SearchThroughIndexerParameters,
): Promise<SearchThroughIndexerReturnType> {
  const { indexerUrl, query, ipfs, cache, blockRange, signal } = parameters;
  const limit = Math.min(Math.max(parameters.candidates ?? MAX_INDEXER_CANDIDATES, 1), MAX_INDEXER_CANDIDATES);
  const answer = await searchIndexer(indexerUrl, indexerQueryFor(query, limit), parameters);
  if (answer.chainId !== deployment.chainId)
    throw new IndexerMismatchError(indexerUrl, `follows chain ${answer.chainId}, not ${deployment.chainId}`);
  const { records, block } = await readShopRecords(client, deployment, {
    shopIds: answer.results.map((candidate) => candidate.shopId),
    blockRange,
  });
  const { confirmed, discrepancies } = checkCandidates(answer.results, records);
  const shops = await Promise.all(
    confirmed.map(
      async (record): Promise<IndexedShop> => ({
        ...record,
        ...(await loadShopDocuments(record, ipfs, cache, signal)),
      }),
    ),
  );
  const byId = new Map(shops.map((shop) => [shop.shopId, shop]));
  const results = new ShopSearchIndex(shops.map(toSearchableShop))
    .search(query)
    .map((result) => ({ ...result, indexed: byId.get(result.shop.shopId)! }));
  return {
    results,
    discrepancies,
    candidateCount: answer.results.length,
    indexerBlock: answer.block,
    checkedAtBlock: block,
  };
}
