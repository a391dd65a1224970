import { getBlockNumber } from "viem/actions";
import type { MarketReadClient } from "../../chain/client.ts";
import { getLogsInRanges } from "../../chain/getLogsInRanges.ts";
import type { Deployment } from "../../deployment.ts";
import type { IpfsReader } from "../../ipfs/reader.ts";
import type { LatLon } from "../geo/types.ts";
import { ShopSearchIndex } from "../search/shop-search-index.ts";
import type { ShopSearchQuery, ShopSearchResult } from "../search/types.ts";
import { loadShopDocuments } from "./loadShopDocuments.ts";
import { RefreshQueue } from "./refreshQueue.ts";
import { applyShopEvent, registryEvents, reviewPostedEvent, type ShopEventLog } from "./registryEvents.ts";
import { parseSnapshot, serialiseSnapshot } from "./snapshot.ts";
import { toSearchableShop } from "./toSearchableShop.ts";
import type { IndexCache, IndexedShop, ShopChainRecord } from "./types.ts";

export type ShopIndexerOptions = {
  client: MarketReadClient;
  deployment: Deployment;
  ipfs: IpfsReader;
  cache: IndexCache;
  /** Documents fetched at once (default 8). */
  concurrency?: number;
  /** Blocks per `eth_getLogs` request (default 10,000; halved automatically when the node refuses). */
  blockRange?: bigint;
};

/** What one {@link ShopIndexer.sync} did. */
export type SyncReport = { fromBlock: bigint; toBlock: bigint; events: number; shopsRefreshed: number };

/**
 * Discovers shops from the registry's events (batched log ranges from the deployment block, retried with back-off),
 * fetches and validates their metadata and catalogs with bounded concurrency, caches documents by CID and its state
 * between runs, and answers "who near me sells X" through {@link ShopSearchIndex}. Each `sync()` continues from the
 * last block seen. A shop whose documents are missing, invalid or unreachable stays listed with the reason.
 * Shops become searchable one by one as their documents arrive, nearest to {@link ShopIndexer.focusOn}'s point first,
 * and {@link ShopIndexer.onChange} listeners hear of each, so a first search can show results before the index is whole.
 * @example
 * const indexer = new ShopIndexer({ client, deployment, ipfs: createIpfsReader({ gateways }), cache: createMemoryCache() })
 * await indexer.restore(); await indexer.sync()
 * const results = indexer.search({ text: 'pain au levain', near: { lat: 47.39, lon: 0.69 } })
 */
export class ShopIndexer {
  readonly #options: ShopIndexerOptions;
  readonly #records = new Map<bigint, ShopChainRecord>();
  readonly #shops = new Map<bigint, IndexedShop>();
  readonly #search = new ShopSearchIndex();
  readonly #queue = new RefreshQueue();
  readonly #listeners = new Set<() => void>();
  #inFlight = 0;
  #lastBlock: bigint | undefined;
  #syncing: Promise<SyncReport> | undefined;

  constructor(options: ShopIndexerOptions) {
    this.#options = options;
  }

  /** The last block whose events are applied (undefined before the first sync). */
  get lastBlock(): bigint | undefined {
    return this.#lastBlock;
  }

  /** Every known shop, by id. */
  get shops(): ReadonlyMap<bigint, IndexedShop> {
    return this.#shops;
  }

  /** Shops whose documents are still being read (0 once a sync or restore is done). */
  get pendingShops(): number {
    return this.#queue.size + this.#inFlight;
  }

  /** Reads the shops nearest this point first from now on (`undefined`: in id order). */
  focusOn(point: LatLon | undefined): void {
    this.#queue.focusOn(point);
  }

  /** Calls `listener` each time a shop is added or refreshed; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  shop(shopId: bigint): IndexedShop | undefined {
    return this.#shops.get(shopId);
  }

  search(query?: ShopSearchQuery): (ShopSearchResult & { indexed: IndexedShop })[] {
    return this.#search.search(query).map((result) => ({ ...result, indexed: this.#shops.get(result.shop.shopId)! }));
  }

  /** Loads the last saved snapshot (if it belongs to this deployment) so the next sync is incremental. */
  async restore(): Promise<boolean> {
    const text = await this.#options.cache.getSnapshot(this.#snapshotKey());
    const snapshot = text === undefined ? undefined : parseSnapshot(text);
    if (snapshot === undefined) return false;
    for (const record of snapshot.records) this.#records.set(record.shopId, record);
    await this.#refresh([...this.#records.keys()]);
    this.#lastBlock = snapshot.lastBlock;
    return true;
  }

  /** Applies the events since the last block seen and refreshes the shops they touched. Concurrent calls share one run. */
  sync(): Promise<SyncReport> {
    this.#syncing ??= this.#sync().finally(() => {
      this.#syncing = undefined;
    });
    return this.#syncing;
  }

  async #sync(): Promise<SyncReport> {
    const { client, deployment, blockRange } = this.#options;
    const fromBlock =
      this.#lastBlock === undefined ? BigInt(deployment.contracts.ShopRegistry.blockNumber) : this.#lastBlock + 1n;
    const toBlock = await getBlockNumber(client, { cacheTime: 0 });
    if (toBlock < fromBlock) return { fromBlock, toBlock, events: 0, shopsRefreshed: 0 };
    const [registryLogs, reviewLogs] = await Promise.all([
      getLogsInRanges(client, {
        address: deployment.contracts.ShopRegistry.address,
        events: registryEvents,
        fromBlock,
        toBlock,
        blockRange,
      }),
      getLogsInRanges(client, {
        address: deployment.contracts.Reviews.address,
        events: reviewPostedEvent,
        fromBlock,
        toBlock,
        blockRange,
      }),
    ]);
    const logs = [...registryLogs, ...reviewLogs].sort((a, b) =>
      a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1,
    ) as unknown as ShopEventLog[];
    const touched = new Set<bigint>();
    for (const log of logs) {
      const isNew = log.eventName === "ShopRegistered";
      const shopId = applyShopEvent(this.#records, log);
      if (shopId !== undefined) touched.add(shopId);
      if (isNew) touched.add(log.args.shopId as bigint);
    }
    await this.#refresh([...touched]);
    this.#lastBlock = toBlock;
    await this.#options.cache.putSnapshot(
      this.#snapshotKey(),
      serialiseSnapshot({ lastBlock: toBlock, records: [...this.#records.values()] }),
    );
    return { fromBlock, toBlock, events: logs.length, shopsRefreshed: touched.size };
  }

  async #refresh(shopIds: bigint[]): Promise<void> {
    this.#queue.add(shopIds.map((shopId) => this.#records.get(shopId)!));
    const workers = Array.from({ length: this.#options.concurrency ?? 8 }, () => this.#refreshUntilEmpty());
    await Promise.all(workers);
  }

  async #refreshUntilEmpty(): Promise<void> {
    for (let shopId = this.#queue.take(); shopId !== undefined; shopId = this.#queue.take()) {
      this.#inFlight += 1;
      try {
        const record = this.#records.get(shopId)!;
        const documents = await loadShopDocuments(record, this.#options.ipfs, this.#options.cache);
        const shop = { ...record, ...documents } satisfies IndexedShop;
        this.#shops.set(shop.shopId, shop);
        this.#search.update(toSearchableShop(shop));
      } finally {
        this.#inFlight -= 1;
      }
      for (const listener of this.#listeners) listener();
    }
  }

  #snapshotKey(): string {
    const { deployment } = this.#options;
    return `shops-${deployment.chainId}-${deployment.contracts.ShopRegistry.address}`;
  }
}
