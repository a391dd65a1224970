/** Shops feature: a shop's page and its items (`/shops/:shopId`, `/shops/:shopId/items/:itemId`). */
export { ItemPage } from "./components/ItemPage.tsx";
export { ShopPage } from "./components/ShopPage.tsx";
