/**
 * Basket feature: the shopper's basket and per-shop delivery/payment choices (kept in this browser) and the
 * `/basket` page. This is on every page (the header's basket link), so it stays light: the priced basket loads
 * with the page that shows it.
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
export { BasketPage } from "./components/BasketPage.tsx";
export { basketStore, useBasket } from "./hooks/useBasket.ts";
