import { type Candidate, passesFilters } from "./candidates.ts";
import { isItemOffered } from "./filters.ts";
import { roundScore } from "./ranking.ts";
import type { SearchPlan } from "./search-plan.ts";
import type { ItemRecord, ShopRecord } from "./shop-records.ts";
import type { TextIndexes } from "./text-indexes.ts";

/** What {@link matchText} reads from the index. */
export type TextMatchSource = {
  text: TextIndexes;
  shopOf: (shopId: bigint) => ShopRecord;
  itemOf: (key: number) => ItemRecord;
};

/** Running totals of one shop while text hits are collected. */
type Tally = { shopScore: number; coveredTerms: number; bestItemScore: number; itemHits: Candidate["itemHits"] };

/**
 * Shops that match every query word (in their own text or in an offered item) and pass the
 * filters, with their text relevance: shop score + best offered item score (ranking rules 1–3).
 * Only hits from shops that `acceptShop` allows are scored at all, which is what keeps
 * queries around a location fast.
 */
export function matchText(
  source: TextMatchSource,
  plan: SearchPlan,
  acceptShop?: (record: ShopRecord) => boolean,
): Candidate[] {
  const { terms, filters } = plan;
  const termBits = new Map(terms.map((term, position) => [term, 1 << position]));
  const allTerms = (1 << terms.length) - 1;
  const tallies = new Map<ShopRecord, Tally>();
  const tallyOf = (record: ShopRecord): Tally => {
    let tally = tallies.get(record);
    if (tally === undefined) {
      tally = { shopScore: 0, coveredTerms: 0, bestItemScore: 0, itemHits: [] };
      tallies.set(record, tally);
    }
    return tally;
  };

  const acceptShopId = acceptShop && ((shopId: bigint) => acceptShop(source.shopOf(shopId)));
  for (const hit of source.text.searchShops(terms, acceptShopId)) {
    const tally = tallyOf(source.shopOf(hit.id));
    tally.shopScore = hit.score;
    for (const term of hit.queryTerms) tally.coveredTerms |= termBits.get(term)!;
  }

  const isOffered = (key: number): boolean => {
    const item = source.itemOf(key);
    return (acceptShop === undefined || acceptShop(item.shop)) && isItemOffered(item, item.shop, filters);
  };
  for (const hit of source.text.searchItems(terms, isOffered)) {
    const item = source.itemOf(hit.id);
    const tally = tallyOf(item.shop);
    tally.itemHits.push({ item, hit });
    if (hit.score > tally.bestItemScore) tally.bestItemScore = hit.score;
    for (const term of hit.queryTerms) tally.coveredTerms |= termBits.get(term)!;
  }

  const candidates: Candidate[] = [];
  for (const [record, { shopScore, coveredTerms, bestItemScore, itemHits }] of tallies) {
    if (coveredTerms !== allTerms || !passesFilters(record, filters, itemHits.length > 0)) continue;
    candidates.push({ record, relevance: roundScore(shopScore + bestItemScore), itemHits });
  }
  return candidates;
}
