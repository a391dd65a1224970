import { currencyMinorUnits, minorUnitsToPrice } from "@grandrue/sdk";

/**
 * A token amount the escrow holds, back in the shop's price unit: `amount` token base units at `rate` base units
 * per whole unit, rounded down to the unit's minor unit. The inverse of `priceToTokenAmount`, which rounds up, so
 * an order's amount comes back as its price.
 * @example tokenAmountToPrice(3_200_000n, 1_000_000n, "EUR") // "3.20"
 */
export function tokenAmountToPrice(amount: bigint, rate: bigint, priceUnit: string): string {
  const decimals = currencyMinorUnits(priceUnit);
  if (rate <= 0n) throw new RangeError(`a rate must be positive (got ${rate})`);
  return minorUnitsToPrice((amount * 10n ** BigInt(decimals)) / rate, decimals);
}
