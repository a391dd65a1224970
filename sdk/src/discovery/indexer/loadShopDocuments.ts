import { type Catalog, parseCatalog } from "../../documents/catalog.ts";
import { parseShopMetadata, type ShopMetadata } from "../../documents/shop.ts";
import type { IpfsReader } from "../../ipfs/reader.ts";
import type { ShopStatus } from "../search/types.ts";
import type { IndexCache, IndexedShop, ShopChainRecord } from "./types.ts";

type Loaded<T> = { document: T } | { problem: "missing" | "invalid"; reason: string };

/**
 * Reads a document by CID — from the cache (CIDs are immutable) or the IPFS gateways, verified — and validates it.
 * Never throws: an unreachable or invalid document becomes a reason the shop is listed with.
 */
async function loadDocument<T>(
  cid: string | undefined,
  parse: (json: unknown) => T,
  ipfs: IpfsReader,
  cache: IndexCache,
  signal?: AbortSignal,
): Promise<Loaded<T>> {
  if (cid === undefined) return { problem: "missing", reason: "No document was published" };
  let json = await cache.getDocument(cid);
  if (json === undefined) {
    try {
      json = await ipfs.getJson(cid, { signal });
    } catch (error) {
      return { problem: "missing", reason: `Could not read ${cid}: ${(error as Error).message}` };
    }
  }
  try {
    const document = parse(json);
    await cache.putDocument(cid, json);
    return { document };
  } catch (error) {
    return { problem: "invalid", reason: `Invalid document ${cid}: ${(error as Error).message}` };
  }
}

/** The shop's metadata and catalog, validated, with the status and reason the search engine lists it under. */
export async function loadShopDocuments(
  record: ShopChainRecord,
  ipfs: IpfsReader,
  cache: IndexCache,
  signal?: AbortSignal,
): Promise<Pick<IndexedShop, "metadata" | "catalog" | "status" | "statusReason">> {
  const [metadata, catalog] = await Promise.all([
    loadDocument<ShopMetadata>(record.metadataCid, parseShopMetadata, ipfs, cache, signal),
    loadDocument<Catalog>(record.catalogCid, parseCatalog, ipfs, cache, signal),
  ]);
  const loaded = {
    metadata: "document" in metadata ? metadata.document : undefined,
    catalog: "document" in catalog ? catalog.document : undefined,
  };
  let status: ShopStatus = "ok";
  let statusReason: string | undefined;
  if (!("document" in metadata)) {
    status = metadata.problem === "missing" ? "metadata-missing" : "metadata-invalid";
    statusReason = metadata.reason;
  } else if (!record.isActive) {
    status = "inactive";
    statusReason = "The shop is closed to new orders";
  } else if (!("document" in catalog)) {
    status = catalog.problem === "missing" ? "catalog-missing" : "catalog-invalid";
    statusReason = catalog.reason;
  }
  return { ...loaded, status, statusReason };
}
