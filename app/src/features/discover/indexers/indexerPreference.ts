/**
 * Which indexer the shopper wants the find page to ask, kept in this browser per chain:
 * - `automatic`: the first of the app's configured indexers that answers (the default);
 * - `url`: this one only — one of the configured list, or a URL of their own;
 * - `none`: no indexer; the browser reads every shop itself.
 */
export type IndexerPreference = { kind: "automatic" } | { kind: "url"; url: string } | { kind: "none" };

export const AUTOMATIC: IndexerPreference = { kind: "automatic" };

const listeners = new Set<() => void>();

/** Where the preference is kept in localStorage. */
export const indexerPreferenceKey = (chainId: number) => `grandrue:indexer:${chainId}`;

/** Reads a stored preference; anything missing or unreadable is `automatic`. */
export function parseIndexerPreference(stored: string | null): IndexerPreference {
  try {
    const value = JSON.parse(stored ?? "null") as Partial<{ kind: unknown; url: unknown }> | null;
    if (value?.kind === "none") return { kind: "none" };
    if (value?.kind === "url" && typeof value.url === "string" && /^https?:\/\//.test(value.url))
      return { kind: "url", url: value.url };
  } catch {
    // An unreadable value is no choice.
  }
  return AUTOMATIC;
}

/** Stores the preference (`automatic` forgets it) and tells every subscriber in this tab. */
export function writeIndexerPreference(chainId: number, preference: IndexerPreference): void {
  try {
    if (preference.kind === "automatic") localStorage.removeItem(indexerPreferenceKey(chainId));
    else localStorage.setItem(indexerPreferenceKey(chainId), JSON.stringify(preference));
  } catch {
    // Storage full or disabled: nothing can be kept on this device, and the previous choice stays.
  }
  for (const listener of listeners) listener();
}

/** Calls `listener` when the preference changes in this tab or another one. */
export function subscribeIndexerPreference(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}
