import { type Candidate, passesFilters } from "./candidates.ts";
import { isItemOffered } from "./filters.ts";
import { roundScore } from "./ranking.ts";
import type { SearchPlan } from "./search-plan.ts";
import type { ItemSearchRecord, ShopSearchRecord } from "./shop-records.ts";
import type { TextIndexes } from "./text-indexes.ts";

/** What {@link matchText} reads from the index. */
export type TextMatchSource = {
  text: TextIndexes;
  shopOf: (shopId: bigint) => ShopSearchRecord;
  itemOf: (key: number) => ItemSearchRecord;
};

/** One shop's hits while they are collected: its own, and each offered item's with the query words it holds. */
type Tally = { shopScore: number; shopTerms: number; itemHits: (Candidate["itemHits"][number] & { terms: number })[] };

/**
 * Shops that match every query word — in their own text, or in their own text and one offered
 * item together, never gathered from two items — and pass the filters, with their text relevance:
 * shop score + the best score of the offered items that match (ranking rules 1–3). Only hits from
 * shops that `acceptShop` allows are scored at all, which is what keeps queries around a location fast.
 */
export function matchText(
  source: TextMatchSource,
  plan: SearchPlan,
  acceptShop?: (record: ShopSearchRecord) => boolean,
): Candidate[] {
  const { terms, filters } = plan;
  const termBits = new Map(terms.map((term, position) => [term, 1 << position]));
  const allTerms = (1 << terms.length) - 1;
  const tallies = new Map<ShopSearchRecord, Tally>();
  const tallyOf = (record: ShopSearchRecord): Tally => {
    let tally = tallies.get(record);
    if (tally === undefined) {
      tally = { shopScore: 0, shopTerms: 0, itemHits: [] };
      tallies.set(record, tally);
    }
    return tally;
  };
  const bitsOf = (queryTerms: readonly string[]) =>
    queryTerms.reduce((bits, term) => bits | (termBits.get(term) ?? 0), 0);

  const acceptShopId = acceptShop && ((shopId: bigint) => acceptShop(source.shopOf(shopId)));
  for (const hit of source.text.searchShops(terms, acceptShopId)) {
    const tally = tallyOf(source.shopOf(hit.id));
    tally.shopScore = hit.score;
    tally.shopTerms = bitsOf(hit.queryTerms);
  }

  const isOffered = (key: number): boolean => {
    const item = source.itemOf(key);
    return (acceptShop === undefined || acceptShop(item.shop)) && isItemOffered(item, item.shop, filters);
  };
  for (const hit of source.text.searchItems(terms, isOffered)) {
    const item = source.itemOf(hit.id);
    tallyOf(item.shop).itemHits.push({ item, hit, terms: bitsOf(hit.queryTerms) });
  }

  const candidates: Candidate[] = [];
  for (const [record, { shopScore, shopTerms, itemHits }] of tallies) {
    const matching = itemHits.filter((itemHit) => (shopTerms | itemHit.terms) === allTerms);
    if ((shopTerms !== allTerms && matching.length === 0) || !passesFilters(record, filters, matching.length > 0))
      continue;
    const bestItemScore = Math.max(0, ...matching.map(({ hit }) => hit.score));
    candidates.push({
      record,
      relevance: roundScore(shopScore + bestItemScore),
      itemHits: matching.map(({ item, hit }) => ({ item, hit })),
    });
  }
  return candidates;
}
