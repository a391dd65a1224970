import type { Address } from "viem";
import type { Catalog } from "../../documents/catalog.ts";
import type { ShopMetadata } from "../../documents/shop.ts";
import type { ShopStatus } from "../search/types.ts";

/** A shop's service windows in hours, as registered. */
export type ShopWindows = { acceptHours: number; shipHours: number; deliveryHours: number; returnHours: number };

/** A token a shop accepts and its rate (token base units per one whole price unit). */
export type IndexedPaymentOption = { token: Address; rate: bigint };

/** What the chain says about a shop, rebuilt from registry and review events. */
export type ShopChainRecord = {
  shopId: bigint;
  owner: Address;
  payout: Address;
  terms: ShopWindows;
  isActive: boolean;
  hook: Address;
  metadataCid?: string;
  catalogCid?: string;
  geohash?: string;
  payments: IndexedPaymentOption[];
  carriers: Address[];
  isAnyCarrierAccepted: boolean;
  arbitrators: Address[];
  isAnyArbitratorAccepted: boolean;
  rating: { count: number; sum: number };
  registeredAtBlock: bigint;
  updatedAtBlock: bigint;
};

/** A shop as the app shows it: chain facts, its validated documents (when they could be read) and why not. */
export type IndexedShop = ShopChainRecord & {
  metadata?: ShopMetadata;
  catalog?: Catalog;
  status: ShopStatus;
  statusReason?: string;
};

/** Where the indexer keeps documents (by CID, immutable) and its last snapshot between runs. */
export interface IndexCache {
  getDocument(cid: string): Promise<unknown | undefined>;
  putDocument(cid: string, document: unknown): Promise<void>;
  getSnapshot(key: string): Promise<string | undefined>;
  putSnapshot(key: string, snapshot: string): Promise<void>;
}
