export { ShopIndexer } from './shopIndexer.ts';
export { createMemoryCache } from './memoryCache.ts';
export { createIndexedDbCache } from './indexedDbCache.ts';
export { toSearchableShop } from './toSearchableShop.ts';
export { geohashFromBytes12 } from './registryEvents.ts';
