/**
 * Orders feature: the buyer's orders and one order's progress (`/orders`, `/orders/:orderId`), and the delivery codes
 * checkout derives and remembers for them, with the buyer's copy of each order's documents,
 * and the one way to read an order's line items (the shop's pages use it too).
 */
export { OrderFactsList } from "./components/OrderFactsList.tsx";
export { OrderPage } from "./components/OrderPage.tsx";
export { OrdersPage } from "./components/OrdersPage.tsx";
export { deliveryCodeSeed } from "./deliveryCode/deliveryCodeSeed.ts";
export { rememberDeliveryCode } from "./deliveryCode/storedDeliveryCodes.ts";
export { rememberOrderDocuments } from "./documentCopies/deviceCopies.ts";
export { type OrderItemsResult, useOrderItems } from "./hooks/useOrderItems.ts";
