import type { IndexedShop } from "@grandrue/sdk";
import type { ComponentType } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "wouter";
import { BackLink } from "../../../components/layout/BackLink.tsx";
import { NavLink } from "../../../components/layout/NavLink.tsx";
import { NotFoundPage } from "../../../components/layout/NotFoundPage.tsx";
import { Page } from "../../../components/layout/Page.tsx";
import { parseIdParam } from "../../../lib/routeParams.ts";
import { ServicesSection } from "../services/ServicesSection.tsx";
import { CatalogSection } from "./catalog/CatalogSection.tsx";
import { DocumentsSection } from "./documents/DocumentsSection.tsx";
import { OrdersSection } from "./orders/OrdersSection.tsx";
import { ReviewsSection } from "./reviews/ReviewsSection.tsx";
import { ShopAccessNotice, useShopAccess } from "./ShopAccess.tsx";
import { SettingsSection } from "./settings/SettingsSection.tsx";

/** The tabs of a shop's back office, each one a route: `/merchant/shops/:shopId/<section>`. */
export const SHOP_SECTIONS = ["catalog", "orders", "reviews", "services", "documents", "settings"] as const;
export type ShopSection = (typeof SHOP_SECTIONS)[number];

/** What a section of the back office gets: the shop, which the connected account manages. */
export type ShopSectionProps = { shop: IndexedShop };

const SECTIONS: Record<ShopSection, ComponentType<ShopSectionProps>> = {
  catalog: CatalogSection,
  orders: OrdersSection,
  reviews: ReviewsSection,
  services: ServicesSection,
  documents: DocumentsSection,
  settings: SettingsSection,
};

/** A shop's back office: the section tabs and the current section, once the account is known to manage the shop. */
export function ShopAdminPage({ section }: { section: ShopSection }) {
  const { shopId } = useParams<{ shopId: string }>();
  const id = parseIdParam(shopId);
  return id === undefined ? <NotFoundPage /> : <ShopAdmin shopId={id} section={section} />;
}

function ShopAdmin({ shopId, section }: { shopId: bigint; section: ShopSection }) {
  const { t } = useTranslation("merchant");
  const access = useShopAccess(shopId);
  const Section = SECTIONS[section];
  return (
    <Page
      title={t(`shop.sections.${section}.title`)}
      lead={access.name ?? t("shop.lead", { id: shopId.toString() })}
      back={<BackLink href="/">{t("shop.back")}</BackLink>}
    >
      <nav className="tabs" aria-label={t("shop.tabsLabel")}>
        {SHOP_SECTIONS.map((tab) => (
          <NavLink key={tab} href={`/merchant/shops/${shopId}/${tab}`} className="tabs__tab">
            {t(`shop.sections.${tab}.tab`)}
          </NavLink>
        ))}
      </nav>
      {access.shop !== undefined ? (
        <Section shop={access.shop} />
      ) : (
        <ShopAccessNotice problem={access.problem ?? "loading"} shopId={shopId} name={access.name} />
      )}
    </Page>
  );
}
