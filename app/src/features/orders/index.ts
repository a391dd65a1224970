/**
 * Orders feature: the buyer's orders and one order's progress (`/orders`, `/orders/:orderId`), delivery codes, and
 * how money is shown once it is in a payment currency (names such as "Léman (monnaie locale)", token amounts).
 */
export { OrderPage } from "./components/OrderPage.tsx";
export { OrdersPage } from "./components/OrdersPage.tsx";
export { CurrencyName } from "./currency/CurrencyName.tsx";
export { currencyName } from "./currency/currencyName.ts";
export { formatTokenAmount } from "./currency/formatTokenAmount.ts";
export { TokenAmount } from "./currency/TokenAmount.tsx";
export { tokenInfoQueryOptions } from "./currency/useTokenInfo.ts";
export { deliveryCodeSeed } from "./deliveryCode/deliveryCodeSeed.ts";
export { rememberDeliveryCode } from "./deliveryCode/storedDeliveryCodes.ts";
export { orderPath, orderReference } from "./model/orderPath.ts";
