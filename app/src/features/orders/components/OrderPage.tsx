import { useTranslation } from "react-i18next";
import { useParams } from "wouter";
import { BackLink } from "../../../components/layout/BackLink.tsx";
import { NotFoundPage } from "../../../components/layout/NotFoundPage.tsx";
import { Page } from "../../../components/layout/Page.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { ReceiptIcon } from "../../../components/ui/icons.tsx";
import { shortHex } from "../../../lib/format.ts";
import { parseIdParam } from "../../../lib/routeParams.ts";

/** `/orders/:orderId`: one order's progress, delivery code, and what the buyer can do next. */
export function OrderPage() {
  const { t } = useTranslation("orders");
  const { orderId } = useParams<{ orderId: string }>();
  const id = parseIdParam(orderId);
  if (id === undefined) return <NotFoundPage />;
  const reference = shortHex(`0x${id.toString(16).padStart(64, "0")}`);
  return (
    <Page title={t("detail.title", { reference })} back={<BackLink href="~/orders">{t("detail.back")}</BackLink>} width="narrow">
      <Card title={t("detail.progressTitle")}>
        <EmptyState icon={<ReceiptIcon />} title={t("detail.placeholderTitle")} headingLevel={3}>
          <p>{t("detail.placeholderText")}</p>
        </EmptyState>
      </Card>
    </Page>
  );
}
