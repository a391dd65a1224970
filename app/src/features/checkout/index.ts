/**
 * Checkout feature: the `/checkout` page (address sealed to who delivers, review, one payment for the basket) and
 * the pricing the basket page shows too: each shop's group with its delivery options and carrier fees, totals per
 * shop and per currency.
 */
export { CheckoutPage } from "./components/CheckoutPage.tsx";
export { CurrencyTotalsList } from "./components/CurrencyTotalsList.tsx";
export { GroupTotals } from "./components/GroupTotals.tsx";
export { type BasketGroup, blockingProblems, type ResolvedLine } from "./pricing/basketGroups.ts";
export { currencyTotals } from "./pricing/currencyTotals.ts";
export { type CarrierOption, type DeliveryOption, isChosen, toDeliveryChoice } from "./pricing/deliveryOptions.ts";
export { joinNames } from "./pricing/joinNames.ts";
export type { ShopperPlace } from "./pricing/place.ts";
export { useBasketGroups } from "./pricing/useBasketGroups.ts";
export { usePlace } from "./pricing/usePlace.ts";
