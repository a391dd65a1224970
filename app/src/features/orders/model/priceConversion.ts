import { priceToTokenAmount } from "@grandrue/sdk";

/**
 * The token amount a buyer asks back for a price in the order's unit, at the order's rate, never more than the
 * order's amount.
 * @example buyerAmountFor("5.00", 10n ** 18n, 2, 12n * 10n ** 18n) // 5n * 10n ** 18n
 */
export function buyerAmountFor(price: string, rate: bigint, unitDecimals: number, maximum: bigint): bigint {
  const amount = priceToTokenAmount(price, rate, unitDecimals);
  return amount > maximum ? maximum : amount;
}
