import { createStore, del, get, set, type UseStore } from "idb-keyval";
import type { InboxEntry } from "./inboxEntries.ts";

/** How far the inbox has read one party's orders, and which orders are its (as decimal strings and addresses). */
export type PartyCursor = {
  lastBlock: string;
  orders: { orderId: string; shopId: string; carrier: `0x${string}` }[];
};

/** One account's inbox on this device. */
export type StoredInbox = {
  parties: Record<string, PartyCursor>;
  /** Newest first, at most {@link MAX_INBOX_ENTRIES}. */
  entries: StoredInboxEntry[];
};

/** An entry and whether the account has opened its inbox since it arrived. */
export type StoredInboxEntry = InboxEntry & { isSeen: boolean };

/** The most entries kept per account: an inbox, not an archive (each order's page has its whole timeline). */
export const MAX_INBOX_ENTRIES = 100;

/** Where the inbox lives: this device's IndexedDB, one record per chain and account, never sent anywhere. */
export type InboxStorage = {
  load(chainId: number, account: string): Promise<StoredInbox | undefined>;
  save(chainId: number, account: string, inbox: StoredInbox): Promise<void>;
  remove(chainId: number, account: string): Promise<void>;
};

const key = (chainId: number, account: string) => `${chainId}:${account.toLowerCase()}`;

/** The inbox in IndexedDB database `grandrue-inbox`. */
export function indexedDbInboxStorage(store: UseStore = createStore("grandrue-inbox", "inboxes")): InboxStorage {
  return {
    load: (chainId, account) => get<StoredInbox>(key(chainId, account), store),
    save: (chainId, account, inbox) => set(key(chainId, account), inbox, store),
    remove: (chainId, account) => del(key(chainId, account), store),
  };
}
