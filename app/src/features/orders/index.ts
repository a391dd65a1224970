/** Orders feature: the buyer's orders and one order's progress (`/orders`, `/orders/:orderId`). */
export { OrderPage } from "./components/OrderPage.tsx";
export { OrdersPage } from "./components/OrdersPage.tsx";
