/**
 * Carrier feature: the carrier's space under `/carrier` (lazy-loaded by App.tsx through `CarrierRoutes`).
 * Routes: `/`, `/register`, `/profile`, `/shipments/:orderId` (relative to `/carrier`).
 */
export { CarrierRoutes } from "./CarrierRoutes.tsx";
