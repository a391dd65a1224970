import type * as z from "zod/mini";
import { safeParseInEnglish } from "../../documents/safeParseInEnglish.ts";
import { IndexerQueryError, IndexerRateLimitedError, IndexerUnavailableError } from "./errors.ts";
import {
  type IndexerInfoResponse,
  type IndexerSearchResponse,
  indexerInfoResponseSchema,
  indexerSearchResponseSchema,
} from "./responses.ts";

/** What to ask an indexer: the in-browser search's query, plus a label attested by the labels service, and paging. */
export type IndexerSearchQuery = {
  text?: string;
  near?: { lat: number; lon: number };
  radiusMetres?: number;
  categories?: readonly string[];
  /** The shops' and items' own labels (all required). */
  labels?: readonly string[];
  /** A label attested by the labels service and valid now, from any issuer or only these. */
  attested?: { label: string; issuers?: readonly string[] };
  fulfilment?: "pickup" | "delivery";
  token?: string;
  includeUnavailable?: boolean;
  /** Page size, 1–50 (the indexer's default 20). */
  limit?: number;
  /** Results to skip, at most 500. */
  offset?: number;
};

export type IndexerRequestOptions = {
  signal?: AbortSignal;
  /** Time allowed for the whole answer. @default 5 s */
  timeoutMs?: number;
  fetch?: typeof fetch;
};

export const DEFAULT_INDEXER_TIMEOUT_MS = 5_000;

/**
 * The query string of `GET /search` for a query.
 * @example indexerSearchParams({ text: 'pain', near: { lat: 45.76, lon: 4.84 } }).toString() // "q=pain&lat=45.76&lon=4.84"
 */
export function indexerSearchParams(query: IndexerSearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.text !== undefined && query.text.trim() !== "") params.set("q", query.text);
  if (query.near !== undefined) {
    params.set("lat", String(query.near.lat));
    params.set("lon", String(query.near.lon));
  }
  if (query.radiusMetres !== undefined) params.set("radius", String(query.radiusMetres));
  for (const category of query.categories ?? []) params.append("category", category);
  for (const label of query.labels ?? []) params.append("label", label);
  if (query.attested !== undefined) {
    params.set("attested", query.attested.label);
    for (const issuer of query.attested.issuers ?? []) params.append("issuer", issuer);
  }
  if (query.fulfilment !== undefined) params.set("fulfilment", query.fulfilment);
  if (query.token !== undefined) params.set("token", query.token);
  if (query.includeUnavailable !== undefined) params.set("includeUnavailable", String(query.includeUnavailable));
  if (query.limit !== undefined) params.set("limit", String(query.limit));
  if (query.offset !== undefined) params.set("offset", String(query.offset));
  return params;
}

async function getJson<T>(
  indexerUrl: string,
  path: string,
  schema: z.core.$ZodType<T>,
  options: IndexerRequestOptions,
): Promise<T> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_INDEXER_TIMEOUT_MS);
  const signal = options.signal === undefined ? timeout : AbortSignal.any([options.signal, timeout]);
  const url = `${indexerUrl.replace(/\/+$/, "")}${path}`;
  let response: Response;
  let body: unknown;
  try {
    response = await (options.fetch ?? fetch)(url, { signal, headers: { Accept: "application/json" } });
    body = await response.json().catch(() => undefined);
  } catch (error) {
    if (options.signal?.aborted === true) throw options.signal.reason;
    const reason = timeout.aborted ? "no answer in time" : `unreachable (${(error as Error).message})`;
    throw new IndexerUnavailableError(indexerUrl, reason, { cause: error });
  }
  const problem = body as { parameter?: unknown; message?: unknown } | undefined;
  if (response.status === 400) {
    throw new IndexerQueryError(
      indexerUrl,
      String(problem?.parameter ?? "unknown"),
      String(problem?.message ?? "bad request"),
    );
  }
  if (response.status === 429)
    throw new IndexerRateLimitedError(indexerUrl, String(problem?.message ?? "too many requests"));
  if (!response.ok) throw new IndexerUnavailableError(indexerUrl, `answered HTTP ${response.status}`);
  const parsed = safeParseInEnglish(schema, body);
  if (!parsed.success)
    throw new IndexerUnavailableError(
      indexerUrl,
      `answered something that is not the indexer API (${parsed.error.issues[0]?.message})`,
    );
  return parsed.data;
}

/**
 * Asks an indexer for the shops matching a query. The answer holds CANDIDATES: the caller reads each shop's
 * documents by CID with the verified reader, checks that the CIDs are the shop's current ones on chain, and ranks
 * with its own search engine, so an indexer can leave shops out but cannot invent or reorder them.
 * @throws {IndexerQueryError} (400, names the parameter), {IndexerRateLimitedError} (429), {IndexerUnavailableError}.
 * @example const { results } = await searchIndexer('https://index.example', { text: 'pain', near: { lat: 45.76, lon: 4.84 } })
 */
export function searchIndexer(
  indexerUrl: string,
  query: IndexerSearchQuery,
  options: IndexerRequestOptions = {},
): Promise<IndexerSearchResponse> {
  return getJson(indexerUrl, `/search?${indexerSearchParams(query).toString()}`, indexerSearchResponseSchema, options);
}

/**
 * Asks an indexer which chain and deployment it follows, how far it has indexed and how many documents it holds.
 * Check `chainId` and `deployment` against the app's before trusting its answers at all.
 * @example const info = await getIndexerInfo('https://index.example'); info.block?.number
 */
export function getIndexerInfo(indexerUrl: string, options: IndexerRequestOptions = {}): Promise<IndexerInfoResponse> {
  return getJson(indexerUrl, "/info", indexerInfoResponseSchema, options);
}
