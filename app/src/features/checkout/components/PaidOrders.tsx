import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { Badge } from "../../../components/ui/Badge.tsx";
import { LinkButton } from "../../../components/ui/Button.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import { CheckIcon } from "../../../components/ui/icons.tsx";
import { orderPath, orderReference } from "../../../lib/orderPath.ts";
import type { PaidOrderLink } from "../model/checkoutState.ts";

/** After the payment: each shop's new order, paid and waiting for the shop, with a link to follow it. */
export function PaidOrders({ orders }: { orders: readonly PaidOrderLink[] }) {
  const { t } = useTranslation("orders");
  return (
    <Card
      title={
        <>
          <CheckIcon /> {t("checkout.paid.title")}
        </>
      }
      actions={<LinkButton href="~/orders">{t("checkout.paid.all")}</LinkButton>}
    >
      <ul className="paid-orders">
        {orders.map((order) => (
          <li key={order.orderId.toString()}>
            <Link href={`~${orderPath(order.orderId)}`} className="paid-orders__shop">
              {t("checkout.paid.follow", { shop: order.shopName })}
            </Link>
            <span className="paid-orders__status">
              <Badge tone="warning">{t("status.paid")}</Badge>{" "}
              <span className="muted">{t("list.reference", { reference: orderReference(order.orderId) })}</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="muted">{t("checkout.paid.next")}</p>
    </Card>
  );
}
