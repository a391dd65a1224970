import { createStore, get, set } from "idb-keyval";
import type { IndexCache } from "./types.ts";

/** An {@link IndexCache} in the browser's IndexedDB, so a returning shopper does not fetch everything again. */
export function createIndexedDbCache(databaseName = "grandrue-index"): IndexCache {
  const documents = createStore(databaseName, "documents");
  const snapshots = createStore(`${databaseName}-snapshots`, "snapshots");
  return {
    getDocument: (cid) => get(cid, documents),
    putDocument: (cid, document) => set(cid, document, documents),
    getSnapshot: (key) => get<string>(key, snapshots),
    putSnapshot: (key, snapshot) => set(key, snapshot, snapshots),
  };
}
