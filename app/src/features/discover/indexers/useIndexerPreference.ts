import { useCallback, useMemo, useSyncExternalStore } from "react";
import { useMarket } from "../../../market/useMarket.ts";
import {
  type IndexerPreference,
  indexerPreferenceKey,
  parseIndexerPreference,
  subscribeIndexerPreference,
  writeIndexerPreference,
} from "./indexerPreference.ts";

function storedText(chainId: number): string | null {
  try {
    return localStorage.getItem(indexerPreferenceKey(chainId));
  } catch {
    return null;
  }
}

/**
 * The shopper's indexer preference on this chain, kept on this device, and its setter.
 * @example const [preference, setPreference] = useIndexerPreference(); setPreference({ kind: "none" })
 */
export function useIndexerPreference(): [IndexerPreference, (preference: IndexerPreference) => void] {
  const { chainId } = useMarket().deployment;
  // The stored text is the snapshot (a string compares by value); it is parsed only when it changes.
  const stored = useSyncExternalStore(subscribeIndexerPreference, () => storedText(chainId));
  const preference = useMemo(() => parseIndexerPreference(stored), [stored]);
  const setPreference = useCallback((next: IndexerPreference) => writeIndexerPreference(chainId, next), [chainId]);
  return [preference, setPreference];
}
