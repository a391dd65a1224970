import pLimit from 'p-limit';
import { getBlockNumber } from 'viem/actions';
import { getLogsInRanges } from '../../chain/getLogsInRanges.ts';
import { ShopSearchIndex } from '../search/index.ts';
import { loadShopDocuments } from './loadShopDocuments.ts';
import { applyShopEvent, registryEvents, reviewPostedEvent } from './registryEvents.ts';
import { parseSnapshot, serialiseSnapshot } from './snapshot.ts';
import { toSearchableShop } from './toSearchableShop.ts';
/**
 * Discovers shops from the registry's events (batched log ranges from the deployment block, retried with back-off),
 * fetches and validates their metadata and catalogs with bounded concurrency, caches documents by CID and its state
 * between runs, and answers "who near me sells X" through {@link ShopSearchIndex}. Each `sync()` continues from the
 * last block seen. A shop whose documents are missing, invalid or unreachable stays listed with the reason.
 * @example
 * const indexer = new ShopIndexer({ client, deployment, ipfs: createIpfsReader({ gateways }), cache: createMemoryCache() })
 * await indexer.restore(); await indexer.sync()
 * const results = indexer.search({ text: 'pain au levain', near: { lat: 47.39, lon: 0.69 } })
 */
export class ShopIndexer {
    #options;
    #records = new Map();
    #shops = new Map();
    #search = new ShopSearchIndex();
    #lastBlock;
    #syncing;
    constructor(options) {
        this.#options = options;
    }
    /** The last block whose events are applied (undefined before the first sync). */
    get lastBlock() {
        return this.#lastBlock;
    }
    /** Every known shop, by id. */
    get shops() {
        return this.#shops;
    }
    shop(shopId) {
        return this.#shops.get(shopId);
    }
    search(query) {
        return this.#search.search(query).map((result) => ({ ...result, indexed: this.#shops.get(result.shop.shopId) }));
    }
    /** Loads the last saved snapshot (if it belongs to this deployment) so the next sync is incremental. */
    async restore() {
        const text = await this.#options.cache.getSnapshot(this.#snapshotKey());
        const snapshot = text === undefined ? undefined : parseSnapshot(text);
        if (snapshot === undefined)
            return false;
        for (const record of snapshot.records)
            this.#records.set(record.shopId, record);
        await this.#refresh([...this.#records.keys()]);
        this.#lastBlock = snapshot.lastBlock;
        return true;
    }
    /** Applies the events since the last block seen and refreshes the shops they touched. Concurrent calls share one run. */
    sync() {
        this.#syncing ??= this.#sync().finally(() => {
            this.#syncing = undefined;
        });
        return this.#syncing;
    }
    async #sync() {
        const { client, deployment, blockRange } = this.#options;
        const fromBlock = this.#lastBlock === undefined ? BigInt(deployment.contracts.ShopRegistry.blockNumber) : this.#lastBlock + 1n;
        const toBlock = await getBlockNumber(client, { cacheTime: 0 });
        if (toBlock < fromBlock)
            return { fromBlock, toBlock, events: 0, shopsRefreshed: 0 };
        const [registryLogs, reviewLogs] = await Promise.all([
            getLogsInRanges(client, { address: deployment.contracts.ShopRegistry.address, events: registryEvents, fromBlock, toBlock, blockRange }),
            getLogsInRanges(client, { address: deployment.contracts.Reviews.address, events: reviewPostedEvent, fromBlock, toBlock, blockRange }),
        ]);
        const logs = [...registryLogs, ...reviewLogs].sort((a, b) => a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1);
        const touched = new Set();
        for (const log of logs) {
            const isNew = log.eventName === 'ShopRegistered';
            const shopId = applyShopEvent(this.#records, log);
            if (shopId !== undefined)
                touched.add(shopId);
            if (isNew)
                touched.add(log.args.shopId);
        }
        await this.#refresh([...touched]);
        this.#lastBlock = toBlock;
        await this.#options.cache.putSnapshot(this.#snapshotKey(), serialiseSnapshot({ lastBlock: toBlock, records: [...this.#records.values()] }));
        return { fromBlock, toBlock, events: logs.length, shopsRefreshed: touched.size };
    }
    async #refresh(shopIds) {
        const limit = pLimit(this.#options.concurrency ?? 8);
        const refreshed = await Promise.all(shopIds.map((shopId) => limit(async () => {
            const record = this.#records.get(shopId);
            const documents = await loadShopDocuments(record, this.#options.ipfs, this.#options.cache);
            return { ...record, ...documents };
        })));
        for (const shop of refreshed) {
            this.#shops.set(shop.shopId, shop);
            this.#search.update(toSearchableShop(shop));
        }
    }
    #snapshotKey() {
        const { deployment } = this.#options;
        return `shops-${deployment.chainId}-${deployment.contracts.ShopRegistry.address}`;
    }
}
