/** Basket feature: the shopper's basket (kept in this browser) and the `/basket` page. */
export { createBasketStore, BASKET_STORAGE_KEY, type BasketLine, type BasketStore } from "./basketStore.ts";
export { BasketLink } from "./components/BasketLink.tsx";
export { BasketPage } from "./components/BasketPage.tsx";
export { basketStore, useBasket } from "./hooks/useBasket.ts";
