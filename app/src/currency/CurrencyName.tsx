import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { currencyName } from "./currencyName.ts";
import { useTokenInfo } from "./useTokenInfo.ts";

/** A payment currency in words ("Léman (monnaie locale)", "ETH"); a short placeholder while the token is read. */
export function CurrencyName({ token }: { token: Address }) {
  const { t } = useTranslation("orders");
  const { data: info } = useTokenInfo(token);
  return <>{info === undefined ? t("currency.loading") : currencyName(info, t)}</>;
}
