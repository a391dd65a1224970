/**
 * Merchant feature: the merchant's space under `/merchant` (lazy-loaded by App.tsx through `MerchantRoutes`).
 * Routes: `/`, `/new`, `/shops/:shopId/{catalog,orders,reviews,settings}` (relative to `/merchant`).
 */
export { MerchantRoutes } from "./MerchantRoutes.tsx";
export { SHOP_SECTIONS, type ShopSection } from "./components/ShopAdminPage.tsx";
