import { useTranslation } from "react-i18next";

/** How an order can be received, in one line: "Retrait sur place · Livraison". */
export function FulfilmentSummary({ pickup, delivery }: { pickup: boolean; delivery: boolean }) {
  const { t } = useTranslation("shops");
  const ways = [pickup && t("fulfilment.pickup"), delivery && t("fulfilment.delivery")].filter((way) => way !== false);
  return <>{ways.length === 0 ? t("fulfilment.none") : ways.join(" · ")}</>;
}
