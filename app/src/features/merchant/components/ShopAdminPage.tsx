import { useTranslation } from "react-i18next";
import { useParams } from "wouter";
import { BackLink } from "../../../components/layout/BackLink.tsx";
import { NavLink } from "../../../components/layout/NavLink.tsx";
import { NotFoundPage } from "../../../components/layout/NotFoundPage.tsx";
import { Page } from "../../../components/layout/Page.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { StoreIcon } from "../../../components/ui/icons.tsx";
import { parseIdParam } from "../../../lib/routeParams.ts";

/** The tabs of a shop's back office, each one a route: `/merchant/shops/:shopId/<section>`. */
export const SHOP_SECTIONS = ["catalog", "orders", "reviews", "settings"] as const;
export type ShopSection = (typeof SHOP_SECTIONS)[number];

/** A shop's back office: the section tabs and the current section. */
export function ShopAdminPage({ section }: { section: ShopSection }) {
  const { t } = useTranslation("merchant");
  const { shopId } = useParams<{ shopId: string }>();
  const id = parseIdParam(shopId);
  if (id === undefined) return <NotFoundPage />;
  return (
    <Page title={t(`shop.sections.${section}.title`)} lead={t("shop.lead", { id: id.toString() })} back={<BackLink href="/">{t("shop.back")}</BackLink>}>
      <nav className="tabs" aria-label={t("shop.tabsLabel")}>
        {SHOP_SECTIONS.map((tab) => (
          <NavLink key={tab} href={`/merchant/shops/${id}/${tab}`} className="tabs__tab">
            {t(`shop.sections.${tab}.tab`)}
          </NavLink>
        ))}
      </nav>
      <Card>
        <EmptyState icon={<StoreIcon />} title={t(`shop.sections.${section}.emptyTitle`)} headingLevel={2}>
          <p>{t(`shop.sections.${section}.emptyText`)}</p>
        </EmptyState>
      </Card>
    </Page>
  );
}
