import type { TFunction } from "i18next";
import { localCurrencyName, type TokenInfo } from "./tokenInfo.ts";

/**
 * How a payment currency is named in an order: a local currency as "Léman (monnaie locale)" (its on-chain name
 * without a bracketed qualifier such as "(dev)"), any other token by its symbol ("ETH", "EURC").
 * @example currencyName({ kind: "local-currency", name: "Léman (dev)", symbol: "LEM", … }, t) // "Léman (monnaie locale)"
 */
export function currencyName(info: TokenInfo, t: TFunction): string {
  return info.kind === "local-currency" ? t("orders:currency.local", { name: localCurrencyName(info) }) : info.symbol;
}
