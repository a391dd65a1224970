import { type OrderDetails, orderIdHex } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { Price } from "../../../../components/ui/Price.tsx";
import { orderReference } from "../../../../lib/orderPath.ts";
import { useOrderItems } from "../../../orders/index.ts";
import { usePersonName } from "../../../wallet/index.ts";
import { dateTimeInWords } from "../../shared/time.ts";
import { OrderDeadline } from "./OrderDeadline.tsx";
import { OrderStatusBadge } from "./OrderStatusBadge.tsx";

/** One order in the inbox: who, what, how much, its status and deadline; the whole card opens the order. */
export function IncomingOrderCard({ order, now }: { order: OrderDetails; now: number | undefined }) {
  const { t, i18n } = useTranslation("merchant");
  const items = useOrderItems(order.itemsDigest);
  const buyer = usePersonName(order.terms.buyer);
  const reference = orderReference(order.orderId);
  const lines = items.data?.lines ?? [];
  return (
    <article className="order-card">
      <div className="order-card__head">
        <h3 className="order-card__title">
          <Link href={`/shops/${order.terms.shopId}/orders/${orderIdHex(order.orderId)}`} className="order-card__link">
            {t("orders.orderTitle", { reference })}
          </Link>
        </h3>
        <OrderStatusBadge status={order.state.status} />
      </div>
      <p className="muted">{t("orders.paidBy", { buyer, date: dateTimeInWords(order.paidAt, i18n.language) })}</p>
      {items.data !== undefined && (
        <p>
          {lines.map((line) => `${line.quantity} × ${line.title}`).join(", ")} ·{" "}
          <Price amount={items.data.subtotal} currency={items.data.priceUnit} size="small" />
          {" · "}
          {t(`fulfilment.${items.data.fulfilment}`)}
        </p>
      )}
      {items.error !== null && <p className="field__error">{t("orders.itemsUnreadable")}</p>}
      <OrderDeadline order={order} now={now} />
    </article>
  );
}
