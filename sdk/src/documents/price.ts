import { InvalidPriceError } from "./errors.ts";
import { MAX_PRICE_INTEGER_DIGITS } from "./limits.ts";

/** A price as written in documents: `"3.20"`, `"12"`, `"0.5"`; no sign, no exponent, no leading zeros. */
export const PRICE_PATTERN = new RegExp(`^(?:0|[1-9][0-9]{0,${MAX_PRICE_INTEGER_DIGITS - 1}})(?:\\.([0-9]+))?$`);

/** ISO 4217 currencies whose minor unit is not the usual hundredth. */
const MINOR_UNITS_EXCEPTIONS = new Map<string, number>([
  ..."BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".split(" ").map((code) => [code, 0] as const),
  ..."BHD IQD JOD KWD LYD OMR TND".split(" ").map((code) => [code, 3] as const),
  ..."CLF UYW".split(" ").map((code) => [code, 4] as const),
]);

/**
 * How many decimals prices in `currency` may have (ISO 4217 minor units): 2 for EUR and CHF, 0 for JPY,
 * 3 for KWD. A fixed table, so every browser and node agree.
 * @example currencyMinorUnits('EUR') // 2
 */
export function currencyMinorUnits(currency: string): number {
  return MINOR_UNITS_EXCEPTIONS.get(currency) ?? 2;
}

/**
 * Converts a price string into an integer count of minor units (cents for EUR).
 * @throws InvalidPriceError if the price is malformed or has more than `unitDecimals` decimals.
 * @example priceToMinorUnits('3.2') // 320n
 */
export function priceToMinorUnits(price: string, unitDecimals = 2): bigint {
  assertUnitDecimals(unitDecimals);
  const match = PRICE_PATTERN.exec(price);
  if (!match) {
    throw new InvalidPriceError(
      `"${price.slice(0, 40)}" is not a price: expected a decimal string like "3.20" (no sign, no exponent)`,
    );
  }
  const [whole, fraction = ""] = price.split(".") as [string, string?];
  if (fraction.length > unitDecimals) {
    throw new InvalidPriceError(`"${price}" has ${fraction.length} decimals; the price unit allows ${unitDecimals}`);
  }
  return BigInt(whole + fraction.padEnd(unitDecimals, "0"));
}

/**
 * Writes a count of minor units as a price string with exactly `unitDecimals` decimals.
 * @example minorUnitsToPrice(320n) // "3.20"
 */
export function minorUnitsToPrice(minorUnits: bigint, unitDecimals = 2): string {
  assertUnitDecimals(unitDecimals);
  if (minorUnits < 0n) throw new InvalidPriceError(`a price cannot be negative (got ${minorUnits} minor units)`);
  if (unitDecimals === 0) return minorUnits.toString();
  const digits = minorUnits.toString().padStart(unitDecimals + 1, "0");
  return `${digits.slice(0, -unitDecimals)}.${digits.slice(-unitDecimals)}`;
}

/**
 * Converts a price in the shop's unit into token base units, with exact integer arithmetic, rounding up to the
 * next base unit so the shop never receives less than its price. `rate` is the number of token base units per
 * one whole price unit, as the shop publishes it on-chain (`PaymentOption.rate`).
 * This is the one conversion used for order documents, checkout amounts and their verification.
 * @throws InvalidPriceError if the price is malformed or too precise for `unitDecimals`, or the rate is not positive.
 * @example
 * // 1 EUR = 1 EURC (6 decimals): rate 1_000_000n
 * priceToTokenAmount('3.20', 1_000_000n) // 3_200_000n
 * // 1 EUR = 1/3000 ETH: rate 333_333_333_333_333n wei; 3.20 EUR → 1_066_666_666_666_666n (rounded up)
 */
export function priceToTokenAmount(price: string, rate: bigint, unitDecimals = 2): bigint {
  if (rate <= 0n) {
    throw new InvalidPriceError(`the rate must be a positive number of token base units per price unit (got ${rate})`);
  }
  const product = priceToMinorUnits(price, unitDecimals) * rate;
  const scale = 10n ** BigInt(unitDecimals);
  return (product + scale - 1n) / scale;
}

/**
 * A token amount back in the shop's price unit: `amount` token base units at `rate` base units per whole price unit,
 * rounded down to the unit's minor unit (what a refund or a settlement offer is worth in euros). The inverse of
 * {@link priceToTokenAmount}, which rounds up, so an order's amount comes back as its price.
 * @throws InvalidPriceError if the rate is not positive or the amount negative.
 * @example tokenAmountToPrice(3_200_000n, 1_000_000n) // "3.20"
 */
export function tokenAmountToPrice(amount: bigint, rate: bigint, unitDecimals = 2): string {
  if (rate <= 0n) {
    throw new InvalidPriceError(`the rate must be a positive number of token base units per price unit (got ${rate})`);
  }
  assertUnitDecimals(unitDecimals);
  return minorUnitsToPrice((amount * 10n ** BigInt(unitDecimals)) / rate, unitDecimals);
}

function assertUnitDecimals(unitDecimals: number): void {
  if (!Number.isInteger(unitDecimals) || unitDecimals < 0 || unitDecimals > 18) {
    throw new InvalidPriceError(`unitDecimals must be an integer from 0 to 18 (got ${unitDecimals})`);
  }
}
