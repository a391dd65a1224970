import { type Deployment, getIndexerInfo, type IndexerInfoResponse, IndexerRateLimitedError } from "@grandrue/sdk";
import type { IndexerPreference } from "./indexerPreference.ts";

/** Time an indexer has to say who it is before the next one is asked. */
const INFO_TIMEOUT_MS = 4_000;

/** What asking an indexer who it is (`GET /info`) found. */
export type IndexerCheck =
  | { url: string; isUsable: true; info: IndexerInfoResponse }
  | { url: string; isUsable: false; problem: "unreachable" | "busy" | "other-deployment" };

/**
 * Where the find page's results come from: an indexer that answered (its candidates checked on the chain and IPFS),
 * or this browser reading every shop itself — because the shopper chose so, because no indexer is configured, or
 * because none of those asked answered.
 */
export type SearchSource =
  | { kind: "indexer"; url: string }
  | { kind: "browser"; reason: "chosen" | "none-configured" | "none-answered" };

function followsDeployment(info: IndexerInfoResponse, deployment: Deployment): boolean {
  if (info.chainId !== deployment.chainId) return false;
  return Object.entries(deployment.contracts).every(
    ([name, contract]) => info.deployment.contracts[name]?.address.toLowerCase() === contract?.address.toLowerCase(),
  );
}

/**
 * Asks an indexer who it is and checks that it follows this app's chain and deployment (an indexer of another
 * deployment would propose shops this app cannot confirm).
 * @example const check = await checkIndexer("http://127.0.0.1:7420", deployment); if (check.isUsable) check.info.block
 */
export async function checkIndexer(url: string, deployment: Deployment, signal?: AbortSignal): Promise<IndexerCheck> {
  try {
    const info = await getIndexerInfo(url, { timeoutMs: INFO_TIMEOUT_MS, signal });
    if (followsDeployment(info, deployment)) return { url, isUsable: true, info };
    return { url, isUsable: false, problem: "other-deployment" };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { url, isUsable: false, problem: error instanceof IndexerRateLimitedError ? "busy" : "unreachable" };
  }
}

/** The indexers a preference asks, in order: the chosen one only, or every configured one. */
export function indexersToAsk(preference: IndexerPreference, configured: readonly string[]): readonly string[] {
  if (preference.kind === "none") return [];
  return preference.kind === "url" ? [preference.url] : configured;
}

/**
 * The find page's source for a preference: the first of the indexers to ask that answers and follows the deployment
 * (all are asked at once; an earlier one in the list wins), else this browser.
 * @example await chooseSearchSource({ kind: "automatic" }, ["http://127.0.0.1:7420"], deployment) // { kind: "indexer", url: … }
 */
export async function chooseSearchSource(
  preference: IndexerPreference,
  configured: readonly string[],
  deployment: Deployment,
  signal?: AbortSignal,
): Promise<SearchSource> {
  if (preference.kind === "none") return { kind: "browser", reason: "chosen" };
  const urls = indexersToAsk(preference, configured);
  if (urls.length === 0) return { kind: "browser", reason: "none-configured" };
  const pending = urls.map((url) => checkIndexer(url, deployment, signal));
  // Only an abort rejects; the checks not awaited then must not surface as unhandled rejections.
  for (const check of pending) check.catch(() => undefined);
  for (const check of pending) {
    const result = await check;
    if (result.isUsable) return { kind: "indexer", url: result.url };
  }
  return { kind: "browser", reason: "none-answered" };
}
