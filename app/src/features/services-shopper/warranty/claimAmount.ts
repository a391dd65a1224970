import { InvalidPriceError } from "../../../../../sdk/src/documents/errors.ts";
import { currencyMinorUnits, minorUnitsToPrice, priceToTokenAmount } from "../../../../../sdk/src/documents/price.ts";

/** How the order's money converts: its price unit and the rate it was paid at (token base units per whole unit). */
export type OrderMoney = { priceUnit: string; rate: bigint };

/**
 * The most a claim can ask, in the order's price unit: the order amount at its rate, rounded down.
 * @example maxClaimPrice(45n * 10n ** 18n, { priceUnit: "EUR", rate: 10n ** 18n }) // "45.00"
 */
export function maxClaimPrice(orderAmount: bigint, { priceUnit, rate }: OrderMoney): string {
  const decimals = currencyMinorUnits(priceUnit);
  return minorUnitsToPrice((orderAmount * 10n ** BigInt(decimals)) / rate, decimals);
}

/**
 * The token amount for a price the buyer typed ("30", "30,50"), never more than the order amount; `undefined` when
 * it is not a positive price in the unit.
 * @example claimTokenAmount("30,5", 45n * 10n ** 18n, { priceUnit: "EUR", rate: 10n ** 18n }) // 305n * 10n ** 17n
 */
export function claimTokenAmount(typed: string, orderAmount: bigint, { priceUnit, rate }: OrderMoney): bigint | undefined {
  try {
    const amount = priceToTokenAmount(typed.trim().replace(",", "."), rate, currencyMinorUnits(priceUnit));
    if (amount <= 0n) return undefined;
    return amount > orderAmount ? orderAmount : amount;
  } catch (error) {
    if (error instanceof InvalidPriceError) return undefined;
    throw error;
  }
}
