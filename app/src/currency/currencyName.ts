import type { Deployment } from "@grandrue/sdk";
import type { TFunction } from "i18next";
import { type Address, isAddressEqual } from "viem";
import type { TokenInfo } from "./useTokenInfo.ts";

/**
 * How a payment currency is named to shoppers: the deployment's local currency as "Léman (monnaie locale)" (its
 * on-chain name without a bracketed qualifier such as "(dev)"), any other token by its symbol ("ETH", "EURC").
 * @example currencyName(leman, { name: "Léman (dev)", symbol: "LEM", decimals: 18 }, deployment, t) // "Léman (monnaie locale)"
 */
export function currencyName(token: Address, info: TokenInfo, deployment: Deployment, t: TFunction): string {
  const local = deployment.contracts.LocalCurrency?.address;
  if (local !== undefined && isAddressEqual(local, token)) {
    return t("orders:currency.local", { name: info.name.replace(/\s*\([^)]*\)\s*$/, "") || info.symbol });
  }
  return info.symbol;
}
