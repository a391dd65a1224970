import type { GetOrderActivityParameters, OrderActivityEntry } from "@grandrue/sdk";
import type { Address } from "viem";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { TEST_DEPLOYMENT } from "../../../test/renderWithMarket.tsx";
import type { InboxParty } from "./inboxEntries.ts";
import type { InboxStorage, StoredInbox } from "./inboxStorage.ts";
import { markInboxSeen, syncInbox, unseenEntries } from "./syncInbox.ts";

const chain = vi.hoisted(() => ({ head: 10n, activity: [] as OrderActivityEntry[], calls: [] as unknown[] }));

vi.mock("viem/actions", async (importOriginal) => ({
  ...(await importOriginal<typeof import("viem/actions")>()),
  getBlockNumber: async () => chain.head,
}));
vi.mock("@grandrue/sdk", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@grandrue/sdk")>()),
  getOrderActivity: async (_client: unknown, _deployment: unknown, parameters: GetOrderActivityParameters) => {
    chain.calls.push(parameters);
    const inRange = chain.activity.filter(
      (entry) => entry.blockNumber >= parameters.fromBlock && entry.blockNumber <= parameters.toBlock,
    );
    return { orders: [{ orderId: 7n, shopId: 3n, carrier: CAMILLE }], entries: inRange };
  },
}));

const CAMILLE = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" as Address;
const SHOP_OWNER = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC" as Address;
const buyer: InboxParty = { role: "buyer", key: `buyer:${CAMILLE.toLowerCase()}`, buyer: CAMILLE };

function event(blockNumber: bigint, fields: Partial<OrderActivityEntry>): OrderActivityEntry {
  return {
    type: "Accepted",
    shipDeadline: 0,
    orderId: 7n,
    shopId: 3n,
    blockNumber,
    logIndex: 0,
    transactionHash: "0x00",
    timestamp: 1_800_000_000 + Number(blockNumber),
    ...fields,
  } as OrderActivityEntry;
}

function memoryStorage(): InboxStorage {
  const records = new Map<string, StoredInbox>();
  return {
    load: async (chainId, account) => structuredClone(records.get(`${chainId}:${account}`)),
    save: async (chainId, account, inbox) => void records.set(`${chainId}:${account}`, structuredClone(inbox)),
    remove: async (chainId, account) => void records.delete(`${chainId}:${account}`),
  };
}

describe("syncInbox", () => {
  let storage: InboxStorage;
  const sync = () =>
    syncInbox({ client: {} as never, deployment: TEST_DEPLOYMENT, storage, account: CAMILLE, parties: [buyer] });

  beforeEach(() => {
    storage = memoryStorage();
    chain.head = 10n;
    chain.calls = [];
    chain.activity = [event(5n, { type: "Paid", buyer: CAMILLE } as never), event(6n, { type: "Accepted" })];
  });

  test("keeps a first read as history already seen, then tells only what happens next", async () => {
    const first = await sync();
    expect(first.arrived).toEqual([]);
    expect(first.entries.map((entry) => [entry.type, entry.isSeen])).toEqual([["Accepted", true]]);
    expect(chain.calls[0]).toMatchObject({ fromBlock: 3n, toBlock: 10n, knownOrders: [] });

    chain.head = 12n;
    chain.activity.push(
      event(11n, { type: "Checkpoint", checkpoint: "PickedUp" } as never),
      event(11n, { type: "Checkpoint", checkpoint: "OutForDelivery", logIndex: 1 } as never),
      event(12n, { type: "Completed", by: CAMILLE } as never),
    );
    const second = await sync();
    expect(chain.calls[1]).toMatchObject({ fromBlock: 11n, toBlock: 12n, knownOrders: [{ orderId: 7n }] });
    expect(second.arrived.map((entry) => [entry.type, entry.detail])).toEqual([["Checkpoint", "OutForDelivery"]]);
    expect(unseenEntries(second)).toHaveLength(1);
    expect(second.entries.map((entry) => entry.type)).toEqual(["Checkpoint", "Accepted"]);

    await markInboxSeen(storage, 31337, CAMILLE);
    const third = await sync();
    expect(unseenEntries(third)).toEqual([]);
    expect(third.arrived).toEqual([]);
  });

  test("tells a shop about new orders but not about its own acceptance", async () => {
    const shop: InboxParty = { role: "shop", key: "shop:3", shopId: 3n };
    const synced = await syncInbox({
      client: {} as never,
      deployment: TEST_DEPLOYMENT,
      storage,
      account: SHOP_OWNER,
      parties: [shop],
    });
    expect(synced.entries.map((entry) => entry.type)).toEqual(["Paid"]);
  });
});
