import type { Address } from "viem";
import type { MarketReadClient } from "../chain/client.ts";
import { deploymentBlock } from "../chain/deploymentBlocks.ts";
import { type GetLogsInRangesReturnType, getLogsInRanges } from "../chain/getLogsInRanges.ts";
import { shopEvents, shopTransferEvent } from "../chain/marketEvents.ts";
import { type EventPosition, positionEvents } from "../chain/positionEvents.ts";
import { readMarketContract } from "../chain/readMarketContract.ts";
import { toTopic } from "../chain/topics.ts";
import { marketContracts } from "../contracts.ts";
import type { Deployment } from "../deployment.ts";
import { bytes12ToGeohash, cidFromHex } from "./encoding.ts";
import type { ShopAcceptance, ShopTerms } from "./types.ts";

/** One change of a shop, by kind. A CID is `undefined` when the bytes on chain are not a CID. */
export type ShopHistoryEvent =
  | { type: "Registered"; owner: Address; payout: Address; terms: ShopTerms }
  | { type: "MetadataUpdated"; metadataCid: string | undefined; geohash: string }
  | { type: "CatalogPublished"; catalogCid: string | undefined }
  | { type: "AcceptanceUpdated"; acceptance: ShopAcceptance }
  | { type: "PayoutUpdated"; payout: Address }
  | { type: "TermsUpdated"; terms: ShopTerms }
  | { type: "ActiveChanged"; isActive: boolean }
  | { type: "OrderHookUpdated"; hook: Address }
  | { type: "Transferred"; from: Address; to: Address };

export type ShopHistoryEntry = ShopHistoryEvent & EventPosition;

/** A shop as the chain knows it now, with its whole history. */
export type ShopDetails = {
  shopId: bigint;
  /** The current owner (from the ERC-721 `Transfer` events). */
  owner: Address;
  payout: Address;
  terms: ShopTerms;
  isActive: boolean;
  /** The order hook (told of delivery, completion and dispute resolution), address(0) when none. */
  hook: Address;
  metadataCid: string | undefined;
  /** The shop's geohash ("" when it gave no location). */
  geohash: string;
  /** The latest catalog, `undefined` before the first one (or when its bytes are not a CID). */
  catalogCid: string | undefined;
  acceptance: ShopAcceptance;
  /** When the shop was registered, unix seconds. */
  registeredAt: number;
  history: ShopHistoryEntry[];
};

export type GetShopParameters = { shopId: bigint /** Forwarded to {@link getLogsInRanges}. */; blockRange?: bigint };
export type GetShopReturnType = ShopDetails;

type ShopLog = GetLogsInRangesReturnType<[...typeof shopEvents, typeof shopTransferEvent]>[number];

function shopEvent(log: ShopLog): ShopHistoryEvent {
  switch (log.eventName) {
    case "ShopRegistered":
      return { type: "Registered", owner: log.args.owner, payout: log.args.payout, terms: log.args.terms };
    case "ShopMetadataUpdated":
      return {
        type: "MetadataUpdated",
        metadataCid: cidFromHex(log.args.metadataCid),
        geohash: bytes12ToGeohash(log.args.geohash),
      };
    case "CatalogPublished":
      return { type: "CatalogPublished", catalogCid: cidFromHex(log.args.catalogCid) };
    case "ShopAcceptanceUpdated":
      return { type: "AcceptanceUpdated", acceptance: log.args.acceptance };
    case "ShopPayoutUpdated":
      return { type: "PayoutUpdated", payout: log.args.payout };
    case "ShopTermsUpdated":
      return { type: "TermsUpdated", terms: log.args.terms };
    case "ShopActiveChanged":
      return { type: "ActiveChanged", isActive: log.args.isActive };
    case "OrderHookUpdated":
      return { type: "OrderHookUpdated", hook: log.args.hook };
    case "Transfer":
      return { type: "Transferred", from: log.args.from, to: log.args.to };
  }
}

function latest<type extends ShopHistoryEvent["type"]>(history: readonly ShopHistoryEntry[], type: type) {
  return history.findLast((entry): entry is Extract<ShopHistoryEntry, { type: type }> => entry.type === type);
}

/** The registry knows the shop but its registration events were not found (logs pruned, or a wrong deployment block). */
export class IncompleteShopHistoryError extends Error {
  readonly shopId: bigint;

  constructor(shopId: bigint) {
    super(`The registration events of shop ${shopId} were not found: check the deployment's block numbers`);
    this.name = "IncompleteShopHistoryError";
    this.shopId = shopId;
  }
}

/**
 * Rebuilds a shop: payout, windows, active flag and hook from the registry's views; metadata and catalog CIDs,
 * geohash and acceptance from the latest of their events; the owner from the ERC-721 transfers; and the whole
 * history of changes with block timestamps. Throws a `MarketError` `UnknownShop` for an id never registered.
 * @example const shop = await getShop(publicClient, deployment, { shopId: 1n }) // shop.metadataCid → fetch from IPFS
 */
export async function getShop(
  client: MarketReadClient,
  deployment: Deployment,
  { shopId, blockRange }: GetShopParameters,
): Promise<GetShopReturnType> {
  const { registry } = marketContracts(deployment);
  const fromBlock = deploymentBlock(deployment, "ShopRegistry");
  const [record, hook, shopLogs, transferLogs] = await Promise.all([
    readMarketContract(client, { ...registry, functionName: "shop", args: [shopId] }),
    readMarketContract(client, { ...registry, functionName: "orderHook", args: [shopId] }),
    getLogsInRanges(client, {
      address: registry.address,
      events: shopEvents,
      topics: [toTopic(shopId)],
      fromBlock,
      blockRange,
    }),
    getLogsInRanges(client, {
      address: registry.address,
      events: [shopTransferEvent],
      topics: [null, null, toTopic(shopId)],
      fromBlock,
      blockRange,
    }),
  ]);
  const history = await positionEvents(
    client,
    [...shopLogs, ...transferLogs].map((log) => ({ log, event: shopEvent(log) })),
  );
  const registered = latest(history, "Registered");
  const metadata = latest(history, "MetadataUpdated");
  const acceptance = latest(history, "AcceptanceUpdated");
  const owner = latest(history, "Transferred");
  if (registered === undefined || metadata === undefined || acceptance === undefined || owner === undefined) {
    throw new IncompleteShopHistoryError(shopId);
  }
  return {
    shopId,
    owner: owner.to,
    payout: record.payout,
    terms: record.terms,
    isActive: record.isActive,
    hook,
    metadataCid: metadata.metadataCid,
    geohash: metadata.geohash,
    catalogCid: latest(history, "CatalogPublished")?.catalogCid,
    acceptance: acceptance.acceptance,
    registeredAt: registered.timestamp,
    history,
  };
}
