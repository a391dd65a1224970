import type { IndexCache } from "./types.ts";

/** An {@link IndexCache} that lives as long as the process or page. */
export function createMemoryCache(): IndexCache {
  const documents = new Map<string, unknown>();
  const snapshots = new Map<string, string>();
  return {
    getDocument: async (cid) => documents.get(cid),
    putDocument: async (cid, document) => void documents.set(cid, document),
    getSnapshot: async (key) => snapshots.get(key),
    putSnapshot: async (key, snapshot) => void snapshots.set(key, snapshot),
  };
}
