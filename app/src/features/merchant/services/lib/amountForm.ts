import { currencyMinorUnits, PRICE_PATTERN, priceToTokenAmount } from "@grandrue/sdk";
import { normalizePrice } from "../../lib/itemForm.ts";

export type AmountProblem = "required" | "price" | "pricePrecision" | "zero" | "moreThanBond";

/**
 * A sum typed in the shop's own unit ("500", "1 250,50 €") as token base units at the shop's `rate` for that token,
 * or what is wrong with it. `maximum` (token base units) caps it, e.g. a withdrawal at the bond's balance.
 * @example parseAmount("500", { priceUnit: "EUR", rate: 10n ** 18n }) // { amount: 500n * 10n ** 18n, price: "500" }
 */
export function parseAmount(
  typed: string,
  { priceUnit, rate, maximum }: { priceUnit: string; rate: bigint; maximum?: bigint },
): { amount: bigint; price: string } | { problem: AmountProblem } {
  const price = normalizePrice(typed);
  if (price === "") return { problem: "required" };
  if (!PRICE_PATTERN.test(price)) return { problem: "price" };
  const decimals = currencyMinorUnits(priceUnit);
  if ((price.split(".")[1]?.length ?? 0) > decimals) return { problem: "pricePrecision" };
  const amount = priceToTokenAmount(price, rate, decimals);
  if (amount === 0n) return { problem: "zero" };
  if (maximum !== undefined && amount > maximum) return { problem: "moreThanBond" };
  return { amount, price };
}
