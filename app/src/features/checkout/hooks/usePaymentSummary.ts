import { useQueries } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { currencyName } from "../../../currency/currencyName.ts";
import { formatTokenAmount } from "../../../currency/formatTokenAmount.ts";
import { tokenInfoQueryOptions } from "../../../currency/useTokenInfo.ts";
import { formatPrice } from "../../../lib/format.ts";
import { useMarket } from "../../../market/index.ts";
import type { DisplayItem } from "../../../transaction/index.ts";
import type { CurrencyTotal } from "../../basket/index.ts";
import type { CheckoutOrder } from "../model/checkoutOrders.ts";

/**
 * The payment dialog's review lines, in the reader's words: each shop's total, then what the wallet pays in each
 * currency ("Léman (monnaie locale)": "15,90 € · 15,90 LEM"). Undefined until every token's name is read.
 */
export function usePaymentSummary(
  orders: readonly CheckoutOrder[],
  totals: readonly CurrencyTotal[],
): DisplayItem[] | undefined {
  const { t, i18n } = useTranslation("orders");
  const { publicClient, deployment } = useMarket();
  const infos = useQueries({ queries: totals.map((total) => tokenInfoQueryOptions(publicClient, total.token)) });
  if (infos.some((info) => info.data === undefined)) return undefined;
  const language = i18n.language;
  return [
    ...orders.map((order) => ({
      label: order.shopName,
      value: formatPrice(order.totals.total, order.priceUnit, language),
    })),
    ...totals.map((total, index) => {
      const info = infos[index]!.data!;
      return {
        label: t("checkout.pay.inCurrency", { currency: currencyName(total.token, info, deployment, t) }),
        value: `${formatPrice(total.total, total.priceUnit, language)} · ${formatTokenAmount(total.tokenAmount, info, language)}`,
      };
    }),
  ];
}
