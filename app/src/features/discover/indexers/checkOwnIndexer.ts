import type { Deployment } from "@grandrue/sdk";
import { checkIndexer, type IndexerCheck } from "./indexerChoice.ts";
import { type OwnIndexerUrlProblem, parseOwnIndexerUrl } from "./ownIndexerUrl.ts";

/** Why a shopper's own indexer was refused: the URL itself, or what the indexer answered. */
export type OwnIndexerRefusal =
  | { problem: OwnIndexerUrlProblem }
  | { problem: Extract<IndexerCheck, { isUsable: false }>["problem"]; url: string };

/**
 * Checks the URL a shopper typed for their own indexer before keeping it: an http(s) URL this page may reach, of an
 * indexer that answers and follows this app's deployment.
 * @example const checked = await checkOwnIndexer("http://127.0.0.1:7420", allowedOrigins, deployment); if ("url" in checked) save(checked.url)
 */
export async function checkOwnIndexer(
  text: string,
  allowedOrigins: readonly string[],
  deployment: Deployment,
): Promise<{ url: string } | OwnIndexerRefusal> {
  const parsed = parseOwnIndexerUrl(text, allowedOrigins);
  if ("problem" in parsed) return parsed;
  const check = await checkIndexer(parsed.url, deployment);
  return check.isUsable ? { url: parsed.url } : { problem: check.problem, url: parsed.url };
}
