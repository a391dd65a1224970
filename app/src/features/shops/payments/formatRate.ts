import { formatUnits } from "viem";

/**
 * How many whole tokens one whole price unit is worth, from the registry's rate (token base units per price unit),
 * with at most `significantDigits` significant digits, in the reader's language.
 * @example formatRate(10n ** 18n, 18, "fr") // "1"
 * @example formatRate(333_333_333_333_333n, 18, "en") // "0.000333"
 */
export function formatRate(rate: bigint, decimals: number, language: string, significantDigits = 3): string {
  const whole = formatUnits(rate, decimals) as `${number}`;
  return new Intl.NumberFormat(language, {
    maximumSignificantDigits: Math.max(significantDigits, whole.split(".")[0]!.length),
  }).format(whole);
}
