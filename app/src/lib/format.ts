import { PRICE_PATTERN } from "@grandrue/sdk";

/**
 * A price from a catalog (a decimal string such as "3.20", never a float) in the shop's currency, written the way
 * the reader's language writes money.
 * @example formatPrice("1234.5", "EUR", "fr") // "1 234,50 €"
 * @example formatPrice("3.2", "CHF", "en")    // "CHF 3.20"
 */
export function formatPrice(amount: string, currency: string, language: string): string {
  if (!PRICE_PATTERN.test(amount)) throw new RangeError(`"${amount}" is not a decimal price`);
  return new Intl.NumberFormat(language, { style: "currency", currency }).format(amount as `${number}`);
}

/**
 * A distance in metres, rounded to what matters on foot: metres under 1 km, then kilometres with one decimal under
 * 10 km, whole kilometres beyond.
 * @example formatDistance(350, "fr") // "350 m"
 * @example formatDistance(1240, "en") // "1.2 km"
 */
export function formatDistance(metres: number, language: string): string {
  if (!Number.isFinite(metres) || metres < 0) throw new RangeError(`${metres} is not a distance`);
  if (metres < 1000) {
    const rounded = metres < 100 ? Math.round(metres / 10) * 10 : Math.round(metres / 50) * 50;
    if (rounded < 1000) return new Intl.NumberFormat(language, { style: "unit", unit: "meter" }).format(rounded);
  }
  const kilometres = metres / 1000;
  return new Intl.NumberFormat(language, {
    style: "unit",
    unit: "kilometer",
    maximumFractionDigits: kilometres < 10 ? 1 : 0,
  }).format(kilometres);
}

/**
 * A short form of an address or hash for display: "0x7099…79C8". The full value belongs in a title or a copy button.
 * @example shortHex("0x70997970C51812dc3A010C7d01b50e0d17dc79C8") // "0x7099…79C8"
 */
export function shortHex(value: string): string {
  return value.length <= 12 ? value : `${value.slice(0, 6)}…${value.slice(-4)}`;
}
