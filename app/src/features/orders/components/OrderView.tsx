import { OrderNotFoundError, orderIdHex } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { zeroAddress } from "viem";
import { BackLink } from "../../../components/layout/BackLink.tsx";
import { Page } from "../../../components/layout/Page.tsx";
import { Badge } from "../../../components/ui/Badge.tsx";
import { Banner } from "../../../components/ui/Banner.tsx";
import { CopyableValue } from "../../../components/ui/CopyableValue.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { ReceiptIcon } from "../../../components/ui/icons.tsx";
import { Spinner } from "../../../components/ui/Spinner.tsx";
import { orderReference } from "../../../lib/orderPath.ts";
import { useIndexedShop } from "../../../market/index.ts";
import { ReceiptLink } from "../../receipts/index.ts";
import { WarrantyCard } from "../../services-shopper/index.ts";
import { useWalletStatus } from "../../wallet/index.ts";
import { useLiveOrder } from "../hooks/useLiveOrder.ts";
import { useOrderItems } from "../hooks/useOrderItems.ts";
import { orderStatusWords } from "../model/orderStatus.ts";
import { DeliveryCodeCard } from "./DeliveryCodeCard.tsx";
import { OrderActions } from "./OrderActions.tsx";
import { OrderDocumentsCard } from "./OrderDocumentsCard.tsx";
import { OrderReviewCard } from "./OrderReviewCard.tsx";
import { OrderSummaryCard } from "./OrderSummaryCard.tsx";
import { OrderTimelineCard } from "./OrderTimelineCard.tsx";

const BEFORE_HANDOVER = new Set(["Paid", "Accepted", "Shipped"]);

/** An order that exists: its status, what was bought, the delivery code, the buyer's actions and its history. */
export function OrderView({ orderId }: { orderId: bigint }) {
  const { t } = useTranslation("orders");
  const { order, timeline } = useLiveOrder(orderId);
  const { data: items, error: itemsError, isDeviceCopy } = useOrderItems(order.data?.itemsDigest);
  const { shop } = useIndexedShop(order.data?.terms.shopId);
  const { address } = useWalletStatus();
  const back = <BackLink href="~/orders">{t("detail.back")}</BackLink>;
  const reference = orderReference(orderId);
  if (order.error instanceof OrderNotFoundError) {
    return (
      <Page title={t("detail.title", { reference })} back={back} width="narrow">
        <EmptyState icon={<ReceiptIcon />} title={t("detail.notFoundHeading", { reference })}>
          <p>{t("detail.notFoundText")}</p>
        </EmptyState>
      </Page>
    );
  }
  if (order.data === undefined) {
    return (
      <Page title={t("detail.title", { reference })} back={back} width="narrow">
        {order.error === null ? (
          <Spinner label={t("detail.loading")} />
        ) : (
          <Banner tone="warning" title={t("list.errorTitle")}>
            <p>{t("list.errorText")}</p>
          </Banner>
        )}
      </Page>
    );
  }
  const { terms, state } = order.data;
  const status = orderStatusWords(state.status, terms.carrier !== zeroAddress);
  const shopName = shop?.metadata?.name ?? t("basket.unknownShop", { id: terms.shopId.toString() });
  const isBuyer = address !== undefined && address.toLowerCase() === terms.buyer.toLowerCase();
  return (
    <Page
      title={t("detail.titleAt", { shop: shopName })}
      lead={
        <>
          <Badge tone={status.tone}>{t(`status.${status.key}`)}</Badge>{" "}
          <span className="order-reference">{t("detail.reference", { reference })}</span>
        </>
      }
      back={back}
      actions={<ReceiptLink orderId={orderId} copy="buyer" />}
      width="narrow"
    >
      {itemsError !== null && (
        <Banner tone="warning" title={t("detail.itemsErrorTitle")}>
          <p>{t("detail.itemsErrorText")}</p>
        </Banner>
      )}
      {isBuyer && BEFORE_HANDOVER.has(state.status) && <DeliveryCodeCard order={order.data} items={items} />}
      <OrderActions order={order.data} items={items} shopName={shopName} />
      {state.isReviewed === true && <OrderReviewCard orderId={orderId} shopId={terms.shopId} shopName={shopName} />}
      <WarrantyCard order={order.data} shopName={shopName} />
      <OrderTimelineCard order={order.data} items={items} timeline={timeline.data} isLoading={timeline.isLoading} />
      <OrderSummaryCard order={order.data} items={items} shop={shop} />
      <CopyableValue label={t("common:order.fullId")} value={orderIdHex(orderId)} />
      {isBuyer && <OrderDocumentsCard order={order.data} isItemsFromDevice={isDeviceCopy} />}
    </Page>
  );
}
