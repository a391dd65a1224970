import {
  type ActivityOrder,
  type Deployment,
  deploymentBlock,
  getOrderActivity,
  type MarketReadClient,
} from "@grandrue/sdk";
import type { Address } from "viem";
import { getBlockNumber } from "viem/actions";
import { type InboxEntry, type InboxParty, inboxEntries } from "./inboxEntries.ts";
import {
  type InboxStorage,
  MAX_INBOX_ENTRIES,
  type PartyCursor,
  type StoredInbox,
  type StoredInboxEntry,
} from "./inboxStorage.ts";

export type SyncInboxParameters = {
  client: MarketReadClient;
  deployment: Deployment;
  storage: InboxStorage;
  account: Address;
  parties: readonly InboxParty[];
};

/** The inbox after a sync, and the entries this sync found that the account had not been told of yet. */
export type SyncedInbox = StoredInbox & { arrived: StoredInboxEntry[] };

function toCursor(orders: ActivityOrder[], lastBlock: bigint): PartyCursor {
  return {
    lastBlock: lastBlock.toString(),
    orders: orders.map((order) => ({
      orderId: order.orderId.toString(),
      shopId: order.shopId.toString(),
      carrier: order.carrier,
    })),
  };
}

function fromCursor(cursor: PartyCursor): ActivityOrder[] {
  return cursor.orders.map((order) => ({
    orderId: BigInt(order.orderId),
    shopId: BigInt(order.shopId),
    carrier: order.carrier,
  }));
}

function partyFilter(party: InboxParty) {
  if (party.role === "buyer") return { buyer: party.buyer };
  if (party.role === "shop") return { shopId: party.shopId };
  return { carrier: party.carrier };
}

/**
 * Reads what happened to the account's orders since the last sync and keeps it on the device. A party followed for
 * the first time is read from the deployment block: its past events fill the inbox as already seen, so only what
 * happens from then on is new.
 */
export async function syncInbox({
  client,
  deployment,
  storage,
  account,
  parties,
}: SyncInboxParameters): Promise<SyncedInbox> {
  const chainId = deployment.chainId;
  const stored: StoredInbox = (await storage.load(chainId, account)) ?? { parties: {}, entries: [] };
  const head = await getBlockNumber(client, { cacheTime: 0 });
  const arrived: InboxEntry[] = [];
  const history: InboxEntry[] = [];
  const cursors = { ...stored.parties };
  await Promise.all(
    parties.map(async (party) => {
      const cursor = cursors[party.key];
      const fromBlock = cursor === undefined ? deploymentBlock(deployment, "Escrow") : BigInt(cursor.lastBlock) + 1n;
      const activity = await getOrderActivity(client, deployment, {
        ...partyFilter(party),
        fromBlock,
        toBlock: head,
        knownOrders: cursor === undefined ? [] : fromCursor(cursor),
      });
      (cursor === undefined ? history : arrived).push(...inboxEntries(party, account, activity.entries));
      cursors[party.key] = toCursor(activity.orders, head < fromBlock ? fromBlock - 1n : head);
    }),
  );
  const known = new Set(stored.entries.map((entry) => entry.id));
  const added = [
    ...arrived.map((entry) => ({ ...entry, isSeen: false })),
    ...history.map((entry) => ({ ...entry, isSeen: true })),
  ].filter((entry) => !known.has(entry.id));
  const entries = [...added, ...stored.entries]
    .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .slice(0, MAX_INBOX_ENTRIES);
  const inbox: StoredInbox = { parties: cursors, entries };
  await storage.save(chainId, account, inbox);
  return { ...inbox, arrived: added.filter((entry) => !entry.isSeen) };
}

/** The entries the account has not seen yet. */
export function unseenEntries(inbox: StoredInbox): StoredInboxEntry[] {
  return inbox.entries.filter((entry) => !entry.isSeen);
}

/** Marks every entry as seen (the account opened its inbox). */
export async function markInboxSeen(storage: InboxStorage, chainId: number, account: Address): Promise<void> {
  const stored = await storage.load(chainId, account);
  if (stored === undefined || stored.entries.length === 0) return;
  await storage.save(chainId, account, {
    ...stored,
    entries: stored.entries.map((entry) => ({ ...entry, isSeen: true })),
  });
}
