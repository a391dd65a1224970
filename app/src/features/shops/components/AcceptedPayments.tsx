import type { IndexedPaymentOption } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { formatRate } from "../payments/formatRate.ts";
import { paymentLabel, usePaymentTokens } from "../payments/usePaymentTokens.ts";

/** "1 €" in the shop's price unit, the reader's way. */
function onePriceUnit(priceUnit: string, language: string): string {
  return new Intl.NumberFormat(language, {
    style: "currency",
    currency: priceUnit,
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  }).format(1);
}

/** Each token the shop accepts and what one unit of its prices costs in it: "monnaie locale (Léman) — 1 € = 1 LEM". */
export function AcceptedPayments({
  payments,
  priceUnit,
}: {
  payments: readonly IndexedPaymentOption[];
  priceUnit: string;
}) {
  const { t, i18n } = useTranslation("shops");
  const tokens = usePaymentTokens(payments);
  if (tokens.length === 0) return <p>{t("payments.none")}</p>;
  return (
    <ul className="plain-list">
      {tokens.map((token) => (
        <li key={token.token}>
          <strong>{paymentLabel(token, t)}</strong>
          {token.info !== undefined && (
            <span className="muted">
              {" — "}
              <span className="payment-rate">
                {t("payments.rate", {
                  unit: onePriceUnit(priceUnit, i18n.language),
                  amount: formatRate(token.rate, token.info.decimals, i18n.language),
                  symbol: token.info.symbol,
                })}
              </span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
