import { computeOrderTotals, currencyMinorUnits, type OrderTotals, priceToTokenAmount } from "@grandrue/sdk";
import type { Address } from "viem";
import type { BasketGroup } from "./basketGroups.ts";

/** What the basket costs in one payment currency: amounts in the shops' price unit and in the token paid. */
export type CurrencyTotal = OrderTotals & {
  token: Address;
  priceUnit: string;
  /** Token base units the wallet pays: goods plus delivery, converted per shop exactly as its order will be. */
  tokenAmount: bigint;
  shopCount: number;
};

/**
 * The basket's totals per payment currency (token and price unit), for groups whose totals are known. Each shop's
 * amounts are converted at its own rate, rounded up as the order document does, so the sum is what the wallet pays.
 * @example currencyTotals(groups) // [{ token: leman, priceUnit: "EUR", subtotal: "12.40", deliveryFee: "3.50", total: "15.90", tokenAmount: 159n * 10n ** 17n, shopCount: 2 }]
 */
export function currencyTotals(groups: readonly BasketGroup[]): CurrencyTotal[] {
  const totals = new Map<
    string,
    {
      token: Address;
      priceUnit: string;
      lines: { quantity: number; unitPrice: string }[];
      fees: string[];
      tokenAmount: bigint;
      shopCount: number;
    }
  >();
  for (const group of groups) {
    if (group.totals === undefined || group.payment === undefined) continue;
    const key = `${group.payment.token.toLowerCase()}/${group.priceUnit}`;
    const decimals = currencyMinorUnits(group.priceUnit);
    const entry = totals.get(key) ?? {
      token: group.payment.token,
      priceUnit: group.priceUnit,
      lines: [],
      fees: [],
      tokenAmount: 0n,
      shopCount: 0,
    };
    entry.lines.push({ quantity: 1, unitPrice: group.totals.subtotal });
    entry.fees.push(group.totals.deliveryFee);
    entry.tokenAmount +=
      priceToTokenAmount(group.totals.subtotal, group.payment.rate, decimals) +
      priceToTokenAmount(group.totals.deliveryFee, group.payment.rate, decimals);
    entry.shopCount += 1;
    totals.set(key, entry);
  }
  return [...totals.values()].map(({ token, priceUnit, lines, fees, tokenAmount, shopCount }) => {
    const decimals = currencyMinorUnits(priceUnit);
    const deliveryFee = computeOrderTotals(
      fees.map((fee) => ({ quantity: 1, unitPrice: fee })),
      "0",
      decimals,
    ).subtotal;
    return { ...computeOrderTotals(lines, deliveryFee, decimals), token, priceUnit, tokenAmount, shopCount };
  });
}
