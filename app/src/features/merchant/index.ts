/**
 * Merchant feature: the merchant's space under `/merchant` (`MerchantSpace`, lazy-loaded by App.tsx).
 * Routes: `/`, `/new`, `/shops/:shopId/{catalog,orders,reviews,services,settings}`, `/shops/:shopId/orders/:orderId`
 * (relative to `/merchant`).
 *
 * It also shares what the carrier space needs to handle an order's delivery — unlocking an encryption key by
 * signature, decrypting shipping details, checking a typed delivery code, the chain's clock, an order's history —
 * without the carrier space downloading the merchant's pages (`MerchantSpace` loads them, from `MerchantRoutes.tsx`).
 */

export { OrderTimeline } from "./components/orders/OrderTimeline.tsx";
export { MerchantSpace } from "./MerchantSpace.tsx";
export { DeliveryCodeForm, type DeliveryCodeFormProps } from "./shared/DeliveryCodeForm.tsx";
export { unlockEncryptionKey } from "./shared/encryptionKeys.ts";
export { deadlineInWords } from "./shared/time.ts";
export { type EncryptionKeyHandle, type KeySubject, useEncryptionKey } from "./shared/useEncryptionKey.ts";
export { useShippingDetails } from "./shared/useShippingDetails.ts";
