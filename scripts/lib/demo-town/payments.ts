import type { DemoPaymentKind } from "./types.ts";

/**
 * Token base units per euro, the `PaymentOption.rate` each demo payment kind is registered with:
 * - `local-currency`: the development `LocalCurrency` ("Léman (dev)", 18 decimals) is worth one euro;
 * - `eth`: the demo's fixed price of 3 000 € per ether, so 1 € = 10^18 / 3000 wei, rounded down;
 * - `eurc`: the development euro stablecoin (Circle's FiatToken as "Euro Coin", 6 decimals), one euro per EURC.
 */
export const DEMO_PAYMENT_RATES: Readonly<Record<DemoPaymentKind, bigint>> = {
  "local-currency": 10n ** 18n,
  eth: 10n ** 18n / 3000n,
  eurc: 10n ** 6n,
};
