/**
 * Receipts feature: an order's printable receipt (`/receipts/:orderId`, `?copy=shop` for the shop's copy) — its
 * lines, totals and VAT per rate, with the shop's legal identity — to print or save as PDF with the browser.
 */
export { ReceiptLink } from "./components/ReceiptLink.tsx";
export { ReceiptPage } from "./components/ReceiptPage.tsx";
