export { MarketProvider, useMarketContext, type MarketContextValue } from "./MarketContext.tsx";
export { useMarket, type Market } from "./useMarket.ts";
export {
  shopIndexQueryOptions,
  shopIndexerFor,
  useIndexedShop,
  useShopIndex,
  useShopIndexFocus,
  useShopSearch,
  type ShopIndexSnapshot,
} from "./shopIndex.ts";
export { documentQueryOptions, useDocument } from "./documents.ts";
export { carriersQueryOptions, useCarriers, type CarrierWithProfile } from "./carriers.ts";
export {
  orderKeys,
  orderQueryOptions,
  orderStateQueryOptions,
  orderTimelineQueryOptions,
  ordersQueryOptions,
  useOrder,
  useOrderTimeline,
  useOrders,
} from "./orders.ts";
export { serviceKeys } from "./serviceQueries.ts";
export {
  useAllLabels,
  useCardBalance,
  useLabelIssuers,
  useLoyaltyProgram,
  useLoyaltyPrograms,
  useOrderWarranty,
  useRegularCounts,
  useServiceContract,
  useShopBonds,
  useShopLabels,
  useStampCards,
  useStampedOrders,
} from "./services.ts";
export { chainNowKey, useChainNow } from "./chainNow.ts";
