import type { IndexedPaymentOption } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { paymentLabel, usePaymentTokens } from "../payments/usePaymentTokens.ts";

/** The ways to pay a shop in one line: "monnaie locale (Léman) · ETH". */
export function PaymentSummary({ payments }: { payments: readonly IndexedPaymentOption[] }) {
  const { t } = useTranslation("shops");
  const tokens = usePaymentTokens(payments);
  if (tokens.length === 0) return <>{t("payments.none")}</>;
  return <>{tokens.map((token) => paymentLabel(token, t)).join(" · ")}</>;
}
