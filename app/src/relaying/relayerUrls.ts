/** Why a relayer address the shopper typed cannot be used. */
export type RelayerUrlProblem = "empty" | "not-a-url" | "not-http" | "blocked";

/**
 * The origins a relayer may be reached at from this page: the configured relayers' and the app's own. The
 * Content-Security-Policy is generated from the same configuration and blocks every other one.
 */
export function allowedRelayerOrigins(configured: readonly string[], appOrigin: string): string[] {
  return [...new Set([appOrigin, ...configured.map((url) => new URL(url).origin)])];
}

/**
 * Checks the relayers a shopper typed, one per line or separated by commas: each an http(s) URL on an origin this
 * page may reach. Returns them without query, fragment or trailing slash, each once, or the first problem with the
 * entry that has it.
 * @example parseRelayerUrls("https://relay.example/ ", ["https://relay.example"]) // { urls: ["https://relay.example"] }
 */
export function parseRelayerUrls(
  text: string,
  allowedOrigins: readonly string[],
): { urls: string[] } | { problem: RelayerUrlProblem; entry: string } {
  const entries = text
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (entries.length === 0) return { problem: "empty", entry: "" };
  const urls: string[] = [];
  for (const entry of entries) {
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      return { problem: "not-a-url", entry };
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return { problem: "not-http", entry };
    if (!allowedOrigins.includes(url.origin)) return { problem: "blocked", entry };
    urls.push(`${url.origin}${url.pathname}`.replace(/\/+$/, ""));
  }
  return { urls: [...new Set(urls)] };
}

/** A relayer's name in messages: its host ("relay.coop.example", "127.0.0.1:8790"). */
export function relayerName(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
