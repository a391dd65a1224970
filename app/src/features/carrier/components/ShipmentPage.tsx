import { useTranslation } from "react-i18next";
import { useParams } from "wouter";
import { BackLink } from "../../../components/layout/BackLink.tsx";
import { NotFoundPage } from "../../../components/layout/NotFoundPage.tsx";
import { Page } from "../../../components/layout/Page.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { BikeIcon } from "../../../components/ui/icons.tsx";
import { shortHex } from "../../../lib/format.ts";
import { parseIdParam } from "../../../lib/routeParams.ts";

/** `/carrier/shipments/:orderId`: one delivery — pickup, checkpoints, and the customer's code at the door. */
export function ShipmentPage() {
  const { t } = useTranslation("carrier");
  const { orderId } = useParams<{ orderId: string }>();
  const id = parseIdParam(orderId);
  if (id === undefined) return <NotFoundPage />;
  const reference = shortHex(`0x${id.toString(16).padStart(64, "0")}`);
  return (
    <Page title={t("shipment.title", { reference })} back={<BackLink href="/">{t("shipment.back")}</BackLink>} width="narrow">
      <Card title={t("shipment.checkpointsTitle")}>
        <EmptyState icon={<BikeIcon />} title={t("shipment.placeholderTitle")} headingLevel={3}>
          <p>{t("shipment.placeholderText")}</p>
        </EmptyState>
      </Card>
    </Page>
  );
}
