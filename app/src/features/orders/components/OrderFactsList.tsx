import type { OrderState } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { OrderDate } from "./OrderDate.tsx";

/**
 * The dated facts the escrow keeps for an order, for anyone to check later: paid, shipped, delivered (with the
 * buyer's code, or confirmed by the buyer) and closed. Facts that never happened are left out.
 */
export function OrderFactsList({ state }: { state: OrderState }) {
  const { t } = useTranslation("orders");
  const facts = [
    { key: "paid", at: state.paidAt },
    { key: "shipped", at: state.shippedAt },
    { key: state.isDeliveredWithCode ? "deliveredWithCode" : "deliveredConfirmed", at: state.deliveredAt },
    { key: "closed", at: state.closedAt },
  ].filter((fact) => fact.at !== 0);
  return (
    <dl className="order-facts" aria-label={t("facts.title")}>
      {facts.map(({ key, at }) => (
        <div key={key} className="order-facts__row">
          <dt>{t(`facts.${key}`)}</dt>
          <dd>
            <OrderDate timestamp={at} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
