import { currencyMinorUnits, InvalidPriceError, minorUnitsToPrice, priceToTokenAmount } from "@grandrue/sdk";

/** How the order's money converts: its price unit and the rate it was paid at (token base units per whole unit). */
export type OrderMoney = { priceUnit: string; rate: bigint };

/** A typed claim amount: the token amount to ask, or why it cannot be asked. */
export type ClaimAmount = { amount: bigint } | { problem: "invalid" | "tooHigh" };

/**
 * The most a claim can ask, in the order's price unit: the order amount at its rate, rounded down.
 * @example maxClaimPrice(45n * 10n ** 18n, { priceUnit: "EUR", rate: 10n ** 18n }) // "45.00"
 */
export function maxClaimPrice(orderAmount: bigint, { priceUnit, rate }: OrderMoney): string {
  const decimals = currencyMinorUnits(priceUnit);
  return minorUnitsToPrice((orderAmount * 10n ** BigInt(decimals)) / rate, decimals);
}

/**
 * The token amount for a price the buyer typed ("30", "30,50"); a problem when it is not a positive price in the
 * unit ("invalid") or asks more than the order amount ("tooHigh": the bonds contract would refuse it).
 * @example claimTokenAmount("30,5", 45n * 10n ** 18n, { priceUnit: "EUR", rate: 10n ** 18n }) // { amount: 305n * 10n ** 17n }
 */
export function claimTokenAmount(typed: string, orderAmount: bigint, { priceUnit, rate }: OrderMoney): ClaimAmount {
  try {
    const amount = priceToTokenAmount(typed.trim().replace(",", "."), rate, currencyMinorUnits(priceUnit));
    if (amount <= 0n) return { problem: "invalid" };
    return amount > orderAmount ? { problem: "tooHigh" } : { amount };
  } catch (error) {
    if (error instanceof InvalidPriceError) return { problem: "invalid" };
    throw error;
  }
}

/**
 * A decimal price ("45.00") written as the buyer types it in their language, to prefill the amount field.
 * @example priceAsTyped("45.00", "fr") // "45,00"
 */
export function priceAsTyped(price: string, language: string): string {
  const separator =
    new Intl.NumberFormat(language).formatToParts(1.5).find((part) => part.type === "decimal")?.value ?? ".";
  return price.replace(".", separator);
}
