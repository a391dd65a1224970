import { useTranslation } from "react-i18next";
import { Page } from "../../../components/layout/Page.tsx";
import { Banner } from "../../../components/ui/Banner.tsx";
import { LinkButton } from "../../../components/ui/Button.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { ReceiptIcon } from "../../../components/ui/icons.tsx";
import { Spinner } from "../../../components/ui/Spinner.tsx";
import { useOrders } from "../../../market/index.ts";
import "../../../styles/features/orders.css";
import { StampCardsLink } from "../../services-shopper/index.ts";
import { ConnectWalletButton, useWalletStatus } from "../../wallet/index.ts";
import { OrderRow } from "./OrderRow.tsx";

/** `/orders`: the orders paid from the connected wallet, newest first, with what each is waiting for. */
export function OrdersPage() {
  const { t } = useTranslation("orders");
  const { address } = useWalletStatus();
  const orders = useOrders(address === undefined ? undefined : { buyer: address });
  if (address === undefined) {
    return (
      <Page title={t("list.title")} lead={t("list.lead")} actions={<StampCardsLink />} width="narrow">
        <EmptyState icon={<ReceiptIcon />} title={t("list.connectTitle")} action={<ConnectWalletButton />}>
          <p>{t("list.connectText")}</p>
        </EmptyState>
      </Page>
    );
  }
  return (
    <Page title={t("list.title")} lead={t("list.lead")} actions={<StampCardsLink />} width="narrow">
      {orders.error !== null && (
        <Banner tone="warning" title={t("list.errorTitle")}>
          <p>{t("list.errorText")}</p>
        </Banner>
      )}
      {orders.isLoading && <Spinner label={t("list.loading")} />}
      {orders.data?.length === 0 && (
        <EmptyState
          icon={<ReceiptIcon />}
          title={t("list.emptyTitle")}
          action={<LinkButton href="~/">{t("basket.findShops")}</LinkButton>}
        >
          <p>{t("list.emptyText")}</p>
        </EmptyState>
      )}
      {orders.data !== undefined && orders.data.length > 0 && (
        <ul className="order-list">
          {orders.data.map((order) => (
            <OrderRow key={order.orderId.toString()} order={order} />
          ))}
        </ul>
      )}
    </Page>
  );
}
