import { useTranslation } from "react-i18next";
import { Page } from "../../../components/layout/Page.tsx";

/** A shop or item page while the shop index loads: its title as far as known, and grey blocks where the rest will be. */
export function ShopSkeleton({ title }: { title: string }) {
  const { t } = useTranslation("shops");
  return (
    <Page title={title} className="shop-skeleton">
      <div aria-busy="true">
        <p role="status" className="visually-hidden">
          {t("shop.loading")}
        </p>
        <div className="shop-skeleton__line" />
        <div className="shop-skeleton__line shop-skeleton__line--short" />
        <div className="shop-skeleton__grid">
          {[0, 1, 2, 3].map((index) => (
            <div key={index} className="shop-skeleton__block" />
          ))}
        </div>
      </div>
    </Page>
  );
}
