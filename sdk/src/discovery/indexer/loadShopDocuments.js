import { parseCatalog, parseShopMetadata } from '../../documents/index.ts';
/**
 * Reads a document by CID — from the cache (CIDs are immutable) or the IPFS gateways, verified — and validates it.
 * Never throws: an unreachable or invalid document becomes a reason the shop is listed with.
 */
async function loadDocument(cid, parse, ipfs, cache, signal) {
    if (cid === undefined)
        return { problem: 'missing', reason: 'No document was published' };
    let json = await cache.getDocument(cid);
    if (json === undefined) {
        try {
            json = await ipfs.getJson(cid, { signal });
        }
        catch (error) {
            return { problem: 'missing', reason: `Could not read ${cid}: ${error.message}` };
        }
    }
    try {
        const document = parse(json);
        await cache.putDocument(cid, json);
        return { document };
    }
    catch (error) {
        return { problem: 'invalid', reason: `Invalid document ${cid}: ${error.message}` };
    }
}
/** The shop's metadata and catalog, validated, with the status and reason the search engine lists it under. */
export async function loadShopDocuments(record, ipfs, cache, signal) {
    const [metadata, catalog] = await Promise.all([
        loadDocument(record.metadataCid, parseShopMetadata, ipfs, cache, signal),
        loadDocument(record.catalogCid, parseCatalog, ipfs, cache, signal),
    ]);
    const loaded = {
        metadata: 'document' in metadata ? metadata.document : undefined,
        catalog: 'document' in catalog ? catalog.document : undefined,
    };
    let status = 'ok';
    let statusReason;
    if (!('document' in metadata)) {
        status = metadata.problem === 'missing' ? 'metadata-missing' : 'metadata-invalid';
        statusReason = metadata.reason;
    }
    else if (!record.isActive) {
        status = 'inactive';
        statusReason = 'The shop is closed to new orders';
    }
    else if (!('document' in catalog)) {
        status = catalog.problem === 'missing' ? 'catalog-missing' : 'catalog-invalid';
        statusReason = catalog.reason;
    }
    return { ...loaded, status, statusReason };
}
