import { useTranslation } from "react-i18next";
import { useParams } from "wouter";
import { BackLink } from "../../../components/layout/BackLink.tsx";
import { Page } from "../../../components/layout/Page.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { BasketIcon } from "../../../components/ui/icons.tsx";
import { parseIdParam } from "../../../lib/routeParams.ts";
import { WrongLinkPage } from "./WrongLinkPage.tsx";

/** `/shops/:shopId/items/:itemId`: one product, its photos, price, variants and how to get it. */
export function ItemPage() {
  const { t } = useTranslation("shops");
  const { shopId, itemId } = useParams<{ shopId: string; itemId: string }>();
  const id = parseIdParam(shopId);
  if (id === undefined || itemId === undefined || itemId === "") return <WrongLinkPage />;
  return (
    <Page title={t("item.title")} back={<BackLink href={`~/shops/${id}`}>{t("item.back")}</BackLink>}>
      <Card>
        <EmptyState icon={<BasketIcon />} title={t("item.emptyTitle")} headingLevel={2}>
          <p>{t("item.emptyText")}</p>
        </EmptyState>
      </Card>
    </Page>
  );
}
