/** Why a URL typed as "my own indexer" cannot be used. */
export type OwnIndexerUrlProblem = "empty" | "not-a-url" | "not-http" | "blocked";

/**
 * The origins an indexer may be reached at from this page: the configured indexers' and the app's own. The
 * Content-Security-Policy, generated from the same configuration, blocks every other one, so that nothing the page
 * runs can send searches elsewhere.
 */
export function allowedIndexerOrigins(configured: readonly string[], appOrigin: string): string[] {
  return [...new Set([appOrigin, ...configured.map((url) => new URL(url).origin)])];
}

/**
 * Checks a URL a shopper typed for their own indexer: an http(s) URL on an origin this page may reach. Returns it
 * without query, fragment or trailing slash, or the problem.
 * @example parseOwnIndexerUrl("https://index.example/fr/", ["https://index.example"]) // { url: "https://index.example/fr" }
 */
export function parseOwnIndexerUrl(
  text: string,
  allowedOrigins: readonly string[],
): { url: string } | { problem: OwnIndexerUrlProblem } {
  const typed = text.trim();
  if (typed === "") return { problem: "empty" };
  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    return { problem: "not-a-url" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { problem: "not-http" };
  if (!allowedOrigins.includes(url.origin)) return { problem: "blocked" };
  return { url: `${url.origin}${url.pathname}`.replace(/\/+$/, "") };
}
