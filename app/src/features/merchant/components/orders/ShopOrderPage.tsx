import type { IndexedShop } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { useParams } from "wouter";
import { BackLink } from "../../../../components/layout/BackLink.tsx";
import { NotFoundPage } from "../../../../components/layout/NotFoundPage.tsx";
import { Page } from "../../../../components/layout/Page.tsx";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Spinner } from "../../../../components/ui/Spinner.tsx";
import { orderReference } from "../../../../lib/orderPath.ts";
import { parseIdParam } from "../../../../lib/routeParams.ts";
import { useOrder } from "../../../../market/index.ts";
import { ShopAccessNotice, useShopAccess } from "../ShopAccess.tsx";
import { OrderDetailsView } from "./OrderDetailsView.tsx";

/** `/merchant/shops/:shopId/orders/:orderId`: one order as its shop handles it. */
export function ShopOrderPage() {
  const params = useParams<{ shopId: string; orderId: string }>();
  const shopId = parseIdParam(params.shopId);
  const orderId = parseIdParam(params.orderId);
  if (shopId === undefined || orderId === undefined) return <NotFoundPage />;
  return <ShopOrder shopId={shopId} orderId={orderId} />;
}

function ShopOrder({ shopId, orderId }: { shopId: bigint; orderId: bigint }) {
  const { t } = useTranslation("merchant");
  const access = useShopAccess(shopId);
  const reference = orderReference(orderId);
  return (
    <Page
      title={t("orders.orderTitle", { reference })}
      lead={access.name}
      back={<BackLink href={`/shops/${shopId}/orders`}>{t("orders.back")}</BackLink>}
    >
      {access.shop === undefined ? (
        <ShopAccessNotice problem={access.problem ?? "loading"} shopId={shopId} name={access.name} />
      ) : (
        <LoadedOrder shop={access.shop} orderId={orderId} />
      )}
    </Page>
  );
}

function LoadedOrder({ shop, orderId }: { shop: IndexedShop; orderId: bigint }) {
  const { t } = useTranslation("merchant");
  const order = useOrder(orderId);
  if (order.isLoading) return <Spinner label={t("orders.loadingOne")} />;
  if (order.data === undefined || order.data.terms.shopId !== shop.shopId) {
    return (
      <Banner tone="error" title={t("orders.notFoundTitle")}>
        <p>{t("orders.notFoundText")}</p>
      </Banner>
    );
  }
  return <OrderDetailsView shop={shop} order={order.data} />;
}
