/** Checkout feature: delivery choice, encrypted shipping details and the escrow payment (`/checkout`). */
export { CheckoutPage } from "./components/CheckoutPage.tsx";
