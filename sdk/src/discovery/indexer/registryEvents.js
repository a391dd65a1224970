import { getAddress, hexToString, zeroAddress } from 'viem';
import { reviewsAbi, shopRegistryAbi } from '../../generated/abis.ts';
import { cidFromBytes } from '../../ipfs/index.ts';
/** The registry events a shop is rebuilt from, plus the reviews that make its rating. */
export const REGISTRY_EVENT_NAMES = [
    'ShopRegistered',
    'ShopMetadataUpdated',
    'CatalogPublished',
    'ShopAcceptanceUpdated',
    'ShopPayoutUpdated',
    'ShopTermsUpdated',
    'ShopActiveChanged',
    'CompletionHookUpdated',
    'Transfer',
];
export const registryEvents = shopRegistryAbi.filter((item) => item.type === 'event' && REGISTRY_EVENT_NAMES.includes(item.name));
export const reviewPostedEvent = reviewsAbi.filter((item) => item.type === 'event' && item.name === 'ReviewPosted');
/** The geohash stored as bytes12 (ASCII, zero-padded) as a string. */
export function geohashFromBytes12(value) {
    return hexToString(value).replace(/\0+$/, '');
}
/** A CID from its bytes in an event, or undefined when the bytes are not a CID (the shop is then listed with why). */
function cidOrUndefined(bytes) {
    try {
        return cidFromBytes(bytes);
    }
    catch {
        return undefined;
    }
}
function newRecord(shopId, blockNumber) {
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
export function applyShopEvent(records, log) {
    const args = log.args;
    const shopId = (args.shopId ?? args.tokenId);
    if (log.eventName === 'ShopRegistered') {
        const record = newRecord(shopId, log.blockNumber);
        record.owner = getAddress(args.owner);
        record.payout = getAddress(args.payout);
        record.terms = normaliseTerms(args.terms);
        records.set(shopId, record);
        return undefined;
    }
    const record = records.get(shopId);
    if (record === undefined)
        return undefined;
    record.updatedAtBlock = log.blockNumber;
    switch (log.eventName) {
        case 'ShopMetadataUpdated':
            record.metadataCid = cidOrUndefined(args.metadataCid);
            record.geohash = geohashFromBytes12(args.geohash);
            return shopId;
        case 'CatalogPublished':
            record.catalogCid = cidOrUndefined(args.catalogCid);
            return shopId;
        case 'ShopAcceptanceUpdated': {
            const acceptance = args.acceptance;
            record.payments = acceptance.payments.map((payment) => ({ token: getAddress(payment.token), rate: payment.rate }));
            record.carriers = acceptance.carriers.map((carrier) => getAddress(carrier));
            record.isAnyCarrierAccepted = acceptance.isAnyCarrierAccepted;
            record.arbitrators = acceptance.arbitrators.map((arbitrator) => getAddress(arbitrator));
            record.isAnyArbitratorAccepted = acceptance.isAnyArbitratorAccepted;
            return shopId;
        }
        case 'ShopPayoutUpdated':
            record.payout = getAddress(args.payout);
            return undefined;
        case 'ShopTermsUpdated':
            record.terms = normaliseTerms(args.terms);
            return undefined;
        case 'ShopActiveChanged':
            record.isActive = args.isActive;
            return shopId;
        case 'CompletionHookUpdated':
            record.hook = getAddress(args.hook);
            return undefined;
        case 'Transfer':
            record.owner = getAddress(args.to);
            return undefined;
        case 'ReviewPosted':
            record.rating = { count: record.rating.count + 1, sum: record.rating.sum + Number(args.rating) };
            return shopId;
        default:
            return undefined;
    }
}
function normaliseTerms(value) {
    const terms = value;
    return {
        acceptHours: Number(terms.acceptHours),
        shipHours: Number(terms.shipHours),
        deliveryHours: Number(terms.deliveryHours),
        returnHours: Number(terms.returnHours),
    };
}
