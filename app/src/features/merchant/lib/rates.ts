/**
 * A payment option's rate (token base units per one whole price unit, as the registry stores it) from what people
 * say: the price of one whole token in the shop's unit. "1" for a local currency worth one euro, "3000" when one
 * ETH is worth 3 000 €. Exact decimal arithmetic, rounded down; a decimal comma is accepted.
 * @example tokenRateFromUnitPrice("3000", 18) // 333_333_333_333_333n wei per euro
 */
export function tokenRateFromUnitPrice(unitPrice: string, tokenDecimals: number): bigint {
  const [whole = "0", fraction = ""] = unitPrice.trim().replace(",", ".").split(".");
  const scaledPrice = BigInt(whole + fraction);
  if (scaledPrice <= 0n) throw new RangeError(`"${unitPrice}" is not a positive price`);
  return (10n ** BigInt(tokenDecimals) * 10n ** BigInt(fraction.length)) / scaledPrice;
}

/**
 * The price of one whole token in the shop's unit, from a registry rate, with at most two decimals and no trailing
 * zeros: the inverse of {@link tokenRateFromUnitPrice} for the form.
 * @example unitPriceFromTokenRate(333_333_333_333_333n, 18) // "3000"
 */
export function unitPriceFromTokenRate(rate: bigint, tokenDecimals: number): string {
  if (rate <= 0n) throw new RangeError(`a rate must be positive (got ${rate})`);
  const cents = (10n ** BigInt(tokenDecimals) * 100n + rate / 2n) / rate;
  const whole = cents / 100n;
  const fraction = (cents % 100n).toString().padStart(2, "0").replace(/0+$/, "");
  return fraction === "" ? whole.toString() : `${whole}.${fraction}`;
}
