import { minorUnitsToPrice, priceToTokenAmount } from "@grandrue/sdk";

/**
 * A token amount back in the order's price unit at the order's rate, rounded down to the minor unit: what a
 * settlement offer or a refund is worth in euros.
 * @example tokenAmountToPrice(5n * 10n ** 18n, 10n ** 18n, 2) // "5.00"
 */
export function tokenAmountToPrice(amount: bigint, rate: bigint, unitDecimals: number): string {
  return minorUnitsToPrice((amount * 10n ** BigInt(unitDecimals)) / rate, unitDecimals);
}

/**
 * The token amount a buyer asks back for a price in the order's unit, at the order's rate, never more than the
 * order's amount.
 * @example buyerAmountFor("5.00", 10n ** 18n, 2, 12n * 10n ** 18n) // 5n * 10n ** 18n
 */
export function buyerAmountFor(price: string, rate: bigint, unitDecimals: number, maximum: bigint): bigint {
  const amount = priceToTokenAmount(price, rate, unitDecimals);
  return amount > maximum ? maximum : amount;
}
