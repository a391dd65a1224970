import { InvalidPriceError } from "./errors.ts";
import { minorUnitsToPrice, priceToMinorUnits } from "./price.ts";

/** What the totals need from an order line. */
export type OrderLineAmount = { readonly quantity: number; readonly unitPrice: string };

/** Order totals in the shop's unit, each with exactly the unit's decimals (`"3.20"`). */
export type OrderTotals = { readonly subtotal: string; readonly deliveryFee: string; readonly total: string };

/**
 * Adds up order lines exactly (integer minor units, no floating point).
 * @param unitDecimals Decimals of the price unit, `currencyMinorUnits(priceUnit)`; 2 for EUR and CHF.
 * @throws InvalidPriceError for a malformed or too precise price, or a quantity that is not a whole number ≥ 1.
 * @example
 * computeOrderTotals([{ quantity: 2, unitPrice: '1.60' }, { quantity: 1, unitPrice: '4' }], '2.50')
 * // { subtotal: '7.20', deliveryFee: '2.50', total: '9.70' }
 */
export function computeOrderTotals(
  lines: readonly OrderLineAmount[],
  deliveryFee: string,
  unitDecimals = 2,
): OrderTotals {
  const subtotal = lines.reduce((sum, line, index) => {
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) {
      throw new InvalidPriceError(
        `line ${index}: quantity must be a whole number of at least 1 (got ${line.quantity})`,
      );
    }
    return sum + BigInt(line.quantity) * priceToMinorUnits(line.unitPrice, unitDecimals);
  }, 0n);
  const fee = priceToMinorUnits(deliveryFee, unitDecimals);
  return {
    subtotal: minorUnitsToPrice(subtotal, unitDecimals),
    deliveryFee: minorUnitsToPrice(fee, unitDecimals),
    total: minorUnitsToPrice(subtotal + fee, unitDecimals),
  };
}
