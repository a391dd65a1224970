/**
 * Orders feature: the buyer's orders and one order's progress (`/orders`, `/orders/:orderId`), and the delivery codes
 * checkout derives and remembers for them.
 */
export { OrderPage } from "./components/OrderPage.tsx";
export { OrdersPage } from "./components/OrdersPage.tsx";
export { deliveryCodeSeed } from "./deliveryCode/deliveryCodeSeed.ts";
export { rememberDeliveryCode } from "./deliveryCode/storedDeliveryCodes.ts";
