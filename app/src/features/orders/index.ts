/**
 * Orders feature: the buyer's orders and one order's progress (`/orders`, `/orders/:orderId`), and the delivery codes
 * checkout derives and remembers for them, with the buyer's copy of each order's documents.
 */
export { OrderFactsList } from "./components/OrderFactsList.tsx";
export { OrderPage } from "./components/OrderPage.tsx";
export { OrdersPage } from "./components/OrdersPage.tsx";
export { deliveryCodeSeed } from "./deliveryCode/deliveryCodeSeed.ts";
export { rememberDeliveryCode } from "./deliveryCode/storedDeliveryCodes.ts";
export { rememberOrderDocuments } from "./documentCopies/deviceCopies.ts";
