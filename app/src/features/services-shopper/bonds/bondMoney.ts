import { currencyMinorUnits, type IndexedPaymentOption, minorUnitsToPrice, type ShopBond } from "@grandrue/sdk";

/** The bond a shopper is shown: the first one with money in it and a warranty period. */
export function shownBond(bonds: readonly ShopBond[]): ShopBond | undefined {
  return bonds.find((bond) => bond.balance > 0n && bond.warrantyPeriodSeconds > 0);
}

/**
 * A bond's balance in the shop's price unit, at the rate the shop accepts its token at, rounded down to the minor
 * unit; `undefined` when the shop does not take that token (show the token amount instead).
 * @example bondPrice(300n * 10n ** 18n, token, [{ token, rate: 10n ** 18n }], "EUR") // "300.00"
 */
export function bondPrice(
  amount: bigint,
  token: string,
  payments: readonly IndexedPaymentOption[],
  priceUnit: string,
): string | undefined {
  const payment = payments.find((option) => option.token.toLowerCase() === token.toLowerCase());
  if (payment === undefined || payment.rate === 0n) return undefined;
  const decimals = currencyMinorUnits(priceUnit);
  return minorUnitsToPrice((amount * 10n ** BigInt(decimals)) / payment.rate, decimals);
}
