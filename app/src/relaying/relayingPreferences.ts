/**
 * How the shopper wants network fees paid, kept in this browser per chain:
 * - `relayers`: the relayers tried in order, when the shopper keeps a list of their own; undefined: the app's;
 * - `isAlwaysRelayed`: every buyer action goes through a relayer, even when the wallet holds the chain's coin
 *   (without it, only a wallet without enough of the coin for the network fee uses one).
 */
export type RelayingPreferences = { relayers?: readonly string[]; isAlwaysRelayed: boolean };

export const DEFAULT_RELAYING: RelayingPreferences = { isAlwaysRelayed: false };

const listeners = new Set<() => void>();
const snapshots = new Map<number, { stored: string | null; value: RelayingPreferences }>();

/** Where the preferences are kept in localStorage. */
export const relayingPreferencesKey = (chainId: number) => `grandrue:relaying:${chainId}`;

/** Reads stored preferences; anything missing or unreadable is the default (the app's relayers, when needed). */
export function parseRelayingPreferences(stored: string | null): RelayingPreferences {
  try {
    const value = JSON.parse(stored ?? "null") as Partial<{ relayers: unknown; isAlwaysRelayed: unknown }> | null;
    if (value === null || typeof value !== "object") return DEFAULT_RELAYING;
    const relayers =
      Array.isArray(value.relayers) &&
      value.relayers.length > 0 &&
      value.relayers.every((url) => typeof url === "string" && /^https?:\/\//.test(url))
        ? (value.relayers as string[])
        : undefined;
    return { ...(relayers !== undefined && { relayers }), isAlwaysRelayed: value.isAlwaysRelayed === true };
  } catch {
    return DEFAULT_RELAYING;
  }
}

function readStored(chainId: number): string | null {
  try {
    return localStorage.getItem(relayingPreferencesKey(chainId));
  } catch {
    return null;
  }
}

/** The preferences (the same object until they change, for `useSyncExternalStore`). */
export function readRelayingPreferences(chainId: number): RelayingPreferences {
  const stored = readStored(chainId);
  const snapshot = snapshots.get(chainId);
  if (snapshot !== undefined && snapshot.stored === stored) return snapshot.value;
  const value = parseRelayingPreferences(stored);
  snapshots.set(chainId, { stored, value });
  return value;
}

/** Stores the preferences (the defaults forget them) and tells every subscriber in this tab. */
export function writeRelayingPreferences(chainId: number, preferences: RelayingPreferences): void {
  try {
    if (preferences.relayers === undefined && !preferences.isAlwaysRelayed)
      localStorage.removeItem(relayingPreferencesKey(chainId));
    else localStorage.setItem(relayingPreferencesKey(chainId), JSON.stringify(preferences));
  } catch {
    // Storage full or disabled: nothing can be kept on this device, and the previous choice stays.
  }
  for (const listener of listeners) listener();
}

/** Calls `listener` when the preferences change in this tab or another one. */
export function subscribeRelayingPreferences(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}
