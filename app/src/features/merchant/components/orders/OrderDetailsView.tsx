import { getOrderAbilities, type IndexedShop, type OrderDetails, orderIdHex } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Card } from "../../../../components/ui/Card.tsx";
import { CopyableValue } from "../../../../components/ui/CopyableValue.tsx";
import { orderReference } from "../../../../lib/orderPath.ts";
import { useChainNow } from "../../../../market/index.ts";
import { OrderFactsList, useOrderItems } from "../../../orders/index.ts";
import { ReceiptLink } from "../../../receipts/index.ts";
import { useWalletStatus } from "../../../wallet/index.ts";
import { useIsOrderOwner } from "../../hooks/useIsOrderOwner.ts";
import { DisputePanel } from "./DisputePanel.tsx";
import { OrderDeadline } from "./OrderDeadline.tsx";
import { OrderItemsTable } from "./OrderItemsTable.tsx";
import { OrderStatusBadge } from "./OrderStatusBadge.tsx";
import { OrderTimeline } from "./OrderTimeline.tsx";
import { ShippingCard } from "./ShippingCard.tsx";
import { ShopOrderActions } from "./ShopOrderActions.tsx";
import { StockCard } from "./StockCard.tsx";

/** Everything about one order for its shop: status and deadline, what to do now, the items, the address, the history. */
export function OrderDetailsView({ shop, order }: { shop: IndexedShop; order: OrderDetails }) {
  const { t } = useTranslation("merchant");
  const { address } = useWalletStatus();
  const now = useChainNow();
  const items = useOrderItems(order.itemsDigest);
  const isOrderOwner = useIsOrderOwner(order);
  const abilities =
    now === undefined || isOrderOwner === undefined
      ? undefined
      : getOrderAbilities(order.state, order.terms, { account: address, isShopManager: true, isOrderOwner, now });
  const action = {
    orderId: order.orderId,
    terms: order.terms,
    reference: orderReference(order.orderId),
    shopName: shop.metadata?.name ?? t("shop.unnamed", { id: shop.shopId.toString() }),
  };
  return (
    <div className="order-view">
      <Card title={t("orders.statusTitle")} className="order-view__status">
        <p className="order-view__status-line">
          <OrderStatusBadge status={order.state.status} /> <OrderDeadline order={order} now={now} />
        </p>
        <ReceiptLink orderId={order.orderId} copy="shop" />
        <p>{t(`orderNext.${order.state.status}`)}</p>
        <OrderFactsList state={order.state} />
        <CopyableValue label={t("common:order.fullId")} value={orderIdHex(order.orderId)} />
      </Card>
      {abilities !== undefined && (
        <ShopOrderActions shop={shop} order={order} abilities={abilities} action={action} items={items.data} />
      )}
      {abilities !== undefined && (
        <DisputePanel order={order} abilities={abilities} action={action} items={items.data} />
      )}
      <StockCard shop={shop} order={order} items={items.data} />
      <Card title={t("orders.itemsTitle")}>
        <OrderItemsTable order={order} items={items.data} isError={items.error !== null} />
      </Card>
      <ShippingCard order={order} items={items.data} />
      <OrderTimeline order={order} items={items.data} />
    </div>
  );
}
