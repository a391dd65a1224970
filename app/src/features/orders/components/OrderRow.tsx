import type { OrderDetails } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { zeroAddress } from "viem";
import { Link } from "wouter";
import { Badge } from "../../../components/ui/Badge.tsx";
import { Price } from "../../../components/ui/Price.tsx";
import { orderPath, orderReference } from "../../../lib/orderPath.ts";
import { useIndexedShop } from "../../../market/index.ts";
import { useOrderItems } from "../hooks/useOrderItems.ts";
import { itemsTotals } from "../model/itemsTotals.ts";
import { orderStatusWords } from "../model/orderStatus.ts";
import { OrderDate } from "./OrderDate.tsx";

/** One order in the list: the shop, when it was paid, its status in words, what it came to. */
export function OrderRow({ order }: { order: OrderDetails }) {
  const { t } = useTranslation("orders");
  const { shop } = useIndexedShop(order.terms.shopId);
  const { data: items } = useOrderItems(order.itemsDigest);
  const status = orderStatusWords(order.state.status, order.terms.carrier !== zeroAddress);
  const shopName = shop?.metadata?.name ?? t("basket.unknownShop", { id: order.terms.shopId.toString() });
  return (
    <li className="order-row">
      <Link href={`~${orderPath(order.orderId)}`} className="order-row__link">
        <span className="order-row__shop">{shopName}</span>
        <span className="order-row__meta">
          {t("list.paidOn")} <OrderDate timestamp={order.paidAt} /> ·{" "}
          <span className="order-reference">{t("list.reference", { reference: orderReference(order.orderId) })}</span>
        </span>
      </Link>
      <span className="order-row__side">
        <Badge tone={status.tone}>{t(`status.${status.key}`)}</Badge>
        {items !== undefined && <Price amount={itemsTotals(items).total} currency={items.priceUnit} />}
      </span>
    </li>
  );
}
