export type {
  Fulfilment,
  MatchedItem,
  SearchableItem,
  SearchableShop,
  ShopSearchQuery,
  ShopSearchResult,
  ShopStatus,
} from './types.ts'
export { ShopSearchIndex } from './shop-search-index.ts'
export { DuplicateShopError, InvalidSearchQueryError } from './errors.ts'
export { DEFAULT_LIMIT, DEFAULT_RADIUS_METRES, planSearch } from './search-plan.ts'
export type { SearchPlan } from './search-plan.ts'
export {
  ITEM_FIELD_BOOSTS,
  MATCH_WEIGHTS,
  MAX_QUERY_TERMS,
  MIN_APPROXIMATE_TERM_LENGTH,
  RANKING_RULES,
  SHOP_FIELD_BOOSTS,
  allowsPrefix,
  compareByDistance,
  compareByScore,
  distanceDecay,
  halfDistanceMetres,
  maxTypos,
  roundScore,
} from './ranking.ts'
export { STOP_WORDS, analyseQuery, foldText, keepMeaningfulTerm, tokenize } from './text-analysis.ts'
export { acceptsToken, isItemOffered, normaliseTag, shopPassesOwnFilters } from './filters.ts'
export type { FilterableItem, FilterableShop, SearchFilters } from './filters.ts'
export { LISTED_STATUSES } from './shop-records.ts'
