import { type AbiEvent, type Address, getAddress, type Hex, zeroAddress } from "viem";
import { ReviewPostedEvent } from "../../generated/abiItems/reviews.ts";
import {
  CatalogPublishedEvent,
  OrderHookUpdatedEvent,
  ShopAcceptanceUpdatedEvent,
  ShopActiveChangedEvent,
  ShopMetadataUpdatedEvent,
  ShopPayoutUpdatedEvent,
  ShopRegisteredEvent,
  ShopTermsUpdatedEvent,
  TransferEvent,
} from "../../generated/abiItems/shopRegistry.ts";
import { bytes12ToGeohash, cidFromHex } from "../../shops/encoding.ts";
import type { ShopChainRecord } from "./types.ts";

/** The registry events a shop is rebuilt from (only these, not the registry's whole ABI, load with the find page). */
export const registryEvents = [
  ShopRegisteredEvent,
  ShopMetadataUpdatedEvent,
  CatalogPublishedEvent,
  ShopAcceptanceUpdatedEvent,
  ShopPayoutUpdatedEvent,
  ShopTermsUpdatedEvent,
  ShopActiveChangedEvent,
  OrderHookUpdatedEvent,
  TransferEvent,
] as const satisfies readonly AbiEvent[];

/** The reviews that make a shop's rating. */
export const reviewPostedEvent = [ReviewPostedEvent] as const satisfies readonly AbiEvent[];

/** A decoded log as the indexer applies it (viem's parsed event shape). */
export type ShopEventLog = { eventName: string; args: Record<string, unknown>; blockNumber: bigint };

function newRecord(shopId: bigint, blockNumber: bigint): ShopChainRecord {
  return {
    shopId,
    owner: zeroAddress,
    payout: zeroAddress,
    terms: { acceptHours: 0, shipHours: 0, deliveryHours: 0, returnHours: 0 },
    isActive: true,
    hook: zeroAddress,
    payments: [],
    carriers: [],
    isAnyCarrierAccepted: false,
    arbitrators: [],
    isAnyArbitratorAccepted: false,
    rating: { count: 0, sum: 0 },
    registeredAtBlock: blockNumber,
    updatedAtBlock: blockNumber,
  };
}

/**
 * Applies one registry or review event to the shop records, in chain order. Returns the id of the shop whose
 * documents may need fetching again (metadata or catalog changed), or undefined.
 */
export function applyShopEvent(records: Map<bigint, ShopChainRecord>, log: ShopEventLog): bigint | undefined {
  const args = log.args;
  const shopId = (args.shopId ?? args.tokenId) as bigint;
  if (log.eventName === "ShopRegistered") {
    const record = newRecord(shopId, log.blockNumber);
    record.owner = getAddress(args.owner as Address);
    record.payout = getAddress(args.payout as Address);
    record.terms = normaliseTerms(args.terms);
    records.set(shopId, record);
    return undefined;
  }
  const record = records.get(shopId);
  if (record === undefined) return undefined;
  record.updatedAtBlock = log.blockNumber;
  switch (log.eventName) {
    case "ShopMetadataUpdated":
      record.metadataCid = cidFromHex(args.metadataCid as Hex) ?? `invalid CID ${args.metadataCid}`;
      record.geohash = bytes12ToGeohash(args.geohash as Hex);
      return shopId;
    case "CatalogPublished":
      record.catalogCid = cidFromHex(args.catalogCid as Hex) ?? `invalid CID ${args.catalogCid}`;
      return shopId;
    case "ShopAcceptanceUpdated": {
      const acceptance = args.acceptance as {
        payments: readonly { token: Address; rate: bigint }[];
        carriers: readonly Address[];
        isAnyCarrierAccepted: boolean;
        arbitrators: readonly Address[];
        isAnyArbitratorAccepted: boolean;
      };
      record.payments = acceptance.payments.map((payment) => ({
        token: getAddress(payment.token),
        rate: payment.rate,
      }));
      record.carriers = acceptance.carriers.map((carrier) => getAddress(carrier));
      record.isAnyCarrierAccepted = acceptance.isAnyCarrierAccepted;
      record.arbitrators = acceptance.arbitrators.map((arbitrator) => getAddress(arbitrator));
      record.isAnyArbitratorAccepted = acceptance.isAnyArbitratorAccepted;
      return shopId;
    }
    case "ShopPayoutUpdated":
      record.payout = getAddress(args.payout as Address);
      return undefined;
    case "ShopTermsUpdated":
      record.terms = normaliseTerms(args.terms);
      return undefined;
    case "ShopActiveChanged":
      record.isActive = args.isActive as boolean;
      return shopId;
    case "OrderHookUpdated":
      record.hook = getAddress(args.hook as Address);
      return undefined;
    case "Transfer":
      record.owner = getAddress(args.to as Address);
      return undefined;
    case "ReviewPosted":
      record.rating = { count: record.rating.count + 1, sum: record.rating.sum + Number(args.rating) };
      return shopId;
    default:
      return undefined;
  }
}

function normaliseTerms(value: unknown): ShopChainRecord["terms"] {
  const terms = value as Record<keyof ShopChainRecord["terms"], number | bigint>;
  return {
    acceptHours: Number(terms.acceptHours),
    shipHours: Number(terms.shipHours),
    deliveryHours: Number(terms.deliveryHours),
    returnHours: Number(terms.returnHours),
  };
}
