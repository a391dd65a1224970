import { useTranslation } from "react-i18next";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { EmptyState } from "../../../../components/ui/EmptyState.tsx";
import { ReceiptIcon } from "../../../../components/ui/icons.tsx";
import { Spinner } from "../../../../components/ui/Spinner.tsx";
import { useChainNow, useOrders } from "../../../../market/index.ts";
import { groupOrders, ORDER_GROUPS } from "../../lib/orderGroups.ts";
import type { ShopSectionProps } from "../ShopAdminPage.tsx";
import { IncomingOrderCard } from "./IncomingOrderCard.tsx";
import { MoneyCard } from "./MoneyCard.tsx";

/** `/merchant/shops/:id/orders`: the money first, then the orders grouped by what they need from the shop. */
export function OrdersSection({ shop }: ShopSectionProps) {
  const { t } = useTranslation("merchant");
  const orders = useOrders({ shopId: shop.shopId });
  const now = useChainNow();
  if (orders.isLoading) return <Spinner label={t("orders.loading")} />;
  if (orders.isError) {
    return (
      <Banner tone="error" title={t("orders.loadErrorTitle")}>
        <p>{t("orders.loadErrorText")}</p>
      </Banner>
    );
  }
  const list = orders.data ?? [];
  const groups = groupOrders(list);
  return (
    <div className="orders-inbox">
      <MoneyCard shop={shop} orders={list} now={now} />
      {list.length === 0 ? (
        <EmptyState icon={<ReceiptIcon />} title={t("orders.emptyTitle")} headingLevel={2}>
          <p>{t("orders.emptyText")}</p>
        </EmptyState>
      ) : (
        ORDER_GROUPS.map((group) => {
          const inGroup = groups.get(group) ?? [];
          if (inGroup.length === 0) return null;
          return (
            <section key={group} className="orders-group" aria-labelledby={`orders-${group}`}>
              <h2 id={`orders-${group}`} className="section__title">
                {t(`orders.groups.${group}`, { count: inGroup.length })}
              </h2>
              <ul className="orders-group__list">
                {inGroup.map((order) => (
                  <li key={order.orderId.toString()}>
                    <IncomingOrderCard order={order} now={now} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })
      )}
    </div>
  );
}
