import { useTranslation } from "react-i18next";
import { useParams } from "wouter";
import { BackLink } from "../../../components/layout/BackLink.tsx";
import { Page } from "../../../components/layout/Page.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { StoreIcon } from "../../../components/ui/icons.tsx";
import { parseIdParam } from "../../../lib/routeParams.ts";
import { WrongLinkPage } from "./WrongLinkPage.tsx";

/** `/shops/:shopId`: a shop's window — who they are, when they open, what they sell. */
export function ShopPage() {
  const { t } = useTranslation("shops");
  const { shopId } = useParams<{ shopId: string }>();
  const id = parseIdParam(shopId);
  if (id === undefined) return <WrongLinkPage />;
  return (
    <Page title={t("shop.title", { id: id.toString() })} back={<BackLink href="~/">{t("shop.back")}</BackLink>}>
      <Card title={t("shop.catalogTitle")}>
        <EmptyState icon={<StoreIcon />} title={t("shop.catalogEmptyTitle")} headingLevel={3}>
          <p>{t("shop.catalogEmptyText")}</p>
        </EmptyState>
      </Card>
    </Page>
  );
}
