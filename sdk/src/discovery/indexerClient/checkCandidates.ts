import type { ShopChainRecord } from "../indexer/types.ts";
import type { IndexerCandidate } from "./responses.ts";

/**
 * A candidate the chain contradicts, dropped from the results:
 * - `unknown-shop`: no shop with this id was ever registered;
 * - `stale-metadata` / `stale-catalog`: the CID is not the shop's current one (outdated, or made up);
 * - `repeated`: the same shop proposed twice in one answer.
 */
export type IndexerDiscrepancy =
  | { kind: "unknown-shop" | "repeated"; shopId: bigint }
  | { kind: "stale-metadata" | "stale-catalog"; shopId: bigint; claimed: string | null; current: string | null };

export type CheckedCandidates = {
  /** The chain records of the candidates whose CIDs are the shops' current ones, in the indexer's order. */
  confirmed: ShopChainRecord[];
  discrepancies: IndexerDiscrepancy[];
};

/**
 * Sorts an indexer's candidates into those the chain confirms — the shop exists and the metadata and catalog CIDs the
 * indexer names are its current ones — and the discrepancies. Nothing else the indexer says (status, distance,
 * score, matched items) is kept: the caller reads the documents by CID and ranks with its own engine.
 * @example const { confirmed, discrepancies } = checkCandidates(answer.results, (await readShopRecords(client, deployment, { shopIds })).records)
 */
export function checkCandidates(
  candidates: readonly IndexerCandidate[],
  records: ReadonlyMap<bigint, ShopChainRecord>,
): CheckedCandidates {
  const confirmed: ShopChainRecord[] = [];
  const discrepancies: IndexerDiscrepancy[] = [];
  const seen = new Set<bigint>();
  for (const candidate of candidates) {
    const { shopId } = candidate;
    if (seen.has(shopId)) {
      discrepancies.push({ kind: "repeated", shopId });
      continue;
    }
    seen.add(shopId);
    const record = records.get(shopId);
    if (record === undefined) {
      discrepancies.push({ kind: "unknown-shop", shopId });
      continue;
    }
    const currentMetadata = record.metadataCid ?? null;
    const currentCatalog = record.catalogCid ?? null;
    if (candidate.metadataCid !== currentMetadata) {
      discrepancies.push({ kind: "stale-metadata", shopId, claimed: candidate.metadataCid, current: currentMetadata });
      continue;
    }
    if (candidate.catalogCid !== currentCatalog) {
      discrepancies.push({ kind: "stale-catalog", shopId, claimed: candidate.catalogCid, current: currentCatalog });
      continue;
    }
    confirmed.push(record);
  }
  return { confirmed, discrepancies };
}
