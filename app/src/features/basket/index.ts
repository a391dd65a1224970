/**
 * Basket feature: the shopper's basket and per-shop delivery/payment choices (kept in this browser), the `/basket`
 * page, and the basket's pricing that checkout shows too: each shop's group with its delivery options and carrier
 * fees, totals per shop and per currency. The header's basket link is on every page, so this index stays light:
 * the priced basket loads with the page that shows it.
 */
export {
  BASKET_STORAGE_KEY,
  type BasketChoice,
  type BasketLine,
  type BasketStore,
  createBasketStore,
  type DeliveryChoice,
} from "./basketStore.ts";
export { BasketLink } from "./components/BasketLink.tsx";
export { CurrencyTotalsList } from "./components/CurrencyTotalsList.tsx";
export { GroupTotals } from "./components/GroupTotals.tsx";
export { basketStore, useBasket } from "./hooks/useBasket.ts";
export { BasketPage } from "./pages.ts";
export { type BasketGroup, basketGroups, blockingProblems, type ResolvedLine } from "./pricing/basketGroups.ts";
export { type CurrencyTotal, currencyTotals } from "./pricing/currencyTotals.ts";
export { type CarrierOption, type DeliveryOption, isChosen, toDeliveryChoice } from "./pricing/deliveryOptions.ts";
export { joinNames } from "./pricing/joinNames.ts";
export { useBasketGroups } from "./pricing/useBasketGroups.ts";
