import { useTranslation } from "react-i18next";
import { currencyName } from "../../../currency/currencyName.ts";
import { formatTokenAmount } from "../../../currency/formatTokenAmount.ts";
import { useTokenInfos } from "../../../currency/useTokenInfo.ts";
import { formatPrice } from "../../../lib/format.ts";
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
  const infos = useTokenInfos(totals.map((total) => total.token));
  if (infos.some((info) => info === undefined)) return undefined;
  const language = i18n.language;
  return [
    ...orders.map((order) => ({
      label: order.shopName,
      value: formatPrice(order.totals.total, order.priceUnit, language),
    })),
    ...totals.map((total, index) => {
      const info = infos[index]!;
      return {
        label: t("checkout.pay.inCurrency", { currency: currencyName(info, t) }),
        value: `${formatPrice(total.total, total.priceUnit, language)} · ${formatTokenAmount(total.tokenAmount, info, language)}`,
      };
    }),
  ];
}
