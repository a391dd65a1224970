export { type CarrierWithProfile, carriersQueryOptions, useCarriers } from "./carriers.ts";
export { chainNowKey, useChainNow } from "./chainNow.ts";
export { type DeviceIpfsTokens, setDeviceIpfsToken, useDeviceIpfsTokens } from "./deviceIpfsTokens.ts";
export { documentQueryOptions, useDocument } from "./documents.ts";
export { type MarketContextValue, MarketProvider, useMarketContext } from "./MarketContext.tsx";
export { creditsKey, type OrderActionData, orderActionQueries } from "./orderActions.ts";
export {
  orderKeys,
  orderQueryOptions,
  orderStateQueryOptions,
  ordersQueryOptions,
  orderTimelineQueryOptions,
  useOrder,
  useOrders,
  useOrderTimeline,
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
export {
  type ShopIndexSnapshot,
  shopDocumentCache,
  shopIndexerFor,
  shopIndexQueryOptions,
  useIndexedShop,
  useShopIndex,
  useShopIndexFocus,
  useShopSearch,
} from "./shopIndex.ts";
export { type Market, useMarket } from "./useMarket.ts";
