import type { TFunction } from "i18next";
import type { Address } from "viem";
import { localCurrencyName, type TokenInfo } from "../../../currency/tokenInfo.ts";
import { useTokenInfos } from "../../../currency/useTokenInfo.ts";
import { shortHex } from "../../../lib/format.ts";

/** A token a shop accepts, with what the chain says about it once read (`info` is missing while loading or unreadable). */
export type PaymentToken = { token: Address; rate: bigint; info: TokenInfo | undefined };

/**
 * The shop's accepted payment tokens with their symbol, name, decimals and kind.
 * @example const tokens = usePaymentTokens(shop.payments); tokens.map((token) => paymentLabel(token, t))
 */
export function usePaymentTokens(payments: readonly { token: Address; rate: bigint }[]): PaymentToken[] {
  const infos = useTokenInfos(payments.map(({ token }) => token));
  return payments.map((payment, index) => ({ ...payment, info: infos[index] }));
}

/**
 * How a shopper reads a token: "monnaie locale (Léman)", "ETH", a symbol, or a short address when it is unreadable.
 * @example paymentLabel({ token, rate, info: { kind: "local-currency", name: "Léman (dev)", … } }, t) // "monnaie locale (Léman)"
 */
export function paymentLabel({ token, info }: PaymentToken, t: TFunction<"shops">): string {
  if (info === undefined) return shortHex(token);
  if (info.kind === "local-currency") return t("payments.localCurrency", { name: localCurrencyName(info) });
  return info.symbol;
}
