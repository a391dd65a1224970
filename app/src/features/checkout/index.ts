/**
 * Checkout feature: the `/checkout` page (address sealed to who delivers, review, one payment for the basket). The
 * basket's pricing it shows (groups, delivery options, totals) is the basket feature's.
 */
export { CheckoutPage } from "./components/CheckoutPage.tsx";
