import { orderIdHex } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { isAddressEqual } from "viem";
import { useParams } from "wouter";
import { BackLink } from "../../../../components/layout/BackLink.tsx";
import { NotFoundPage } from "../../../../components/layout/NotFoundPage.tsx";
import { Page } from "../../../../components/layout/Page.tsx";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { CopyableValue } from "../../../../components/ui/CopyableValue.tsx";
import { Spinner } from "../../../../components/ui/Spinner.tsx";
import { orderReference } from "../../../../lib/orderPath.ts";
import { parseIdParam } from "../../../../lib/routeParams.ts";
import { useOrder } from "../../../../market/index.ts";
import { OrderTimeline } from "../../../merchant/index.ts";
import { ConnectWalletButton, useWalletStatus } from "../../../wallet/index.ts";
import { CheckpointPanel } from "./CheckpointPanel.tsx";
import { RelayQueue } from "./RelayQueue.tsx";
import { ShipmentAddresses } from "./ShipmentAddresses.tsx";

/** `/carrier/shipments/:orderId`: one delivery, made for a phone — where from, where to, big buttons, the code at the door. */
export function ShipmentPage() {
  const { t } = useTranslation("carrier");
  const { orderId } = useParams<{ orderId: string }>();
  const id = parseIdParam(orderId);
  if (id === undefined) return <NotFoundPage />;
  return (
    <Page
      title={t("shipment.title", { reference: orderReference(id) })}
      back={<BackLink href="/">{t("shipment.back")}</BackLink>}
      width="narrow"
      className="shipment-page"
    >
      <Shipment orderId={id} />
    </Page>
  );
}

function Shipment({ orderId }: { orderId: bigint }) {
  const { t } = useTranslation("carrier");
  const { address, isConnected } = useWalletStatus();
  const order = useOrder(orderId);
  if (!isConnected) {
    return (
      <Banner tone="warning" title={t("shipment.connectTitle")} action={<ConnectWalletButton size="small" />}>
        <p>{t("shipment.connectText")}</p>
      </Banner>
    );
  }
  if (order.isLoading) return <Spinner label={t("shipment.loading")} />;
  if (order.data === undefined) {
    return (
      <Banner tone="error" title={t("shipment.notFoundTitle")}>
        <p>{t("shipment.notFoundText")}</p>
      </Banner>
    );
  }
  if (address === undefined || !isAddressEqual(order.data.terms.carrier, address)) {
    return (
      <Banner tone="warning" title={t("shipment.notYoursTitle")}>
        <p>{t("shipment.notYoursText")}</p>
      </Banner>
    );
  }
  return (
    <>
      <CheckpointPanel order={order.data} />
      <RelayQueue orderId={orderId} />
      <ShipmentAddresses order={order.data} />
      <OrderTimeline order={order.data} />
      <CopyableValue label={t("common:order.fullId")} value={orderIdHex(orderId)} />
    </>
  );
}
