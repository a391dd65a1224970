import { useTranslation } from "react-i18next";
import { BackLink } from "../../../components/layout/BackLink.tsx";
import { Page } from "../../../components/layout/Page.tsx";
import { useIndexedShop } from "../../../market/shopIndex.ts";
import { ShopServices } from "../../services-shopper/index.ts";
import { CatalogGrid } from "./CatalogGrid.tsx";
import { ShopIntro } from "./ShopIntro.tsx";
import { ShopProblem } from "./ShopProblem.tsx";
import { ShopReviews } from "./ShopReviews.tsx";
import { ShopSidebar } from "./ShopSidebar.tsx";
import { ShopSkeleton } from "./ShopSkeleton.tsx";
import { ShopUnavailable } from "./ShopUnavailable.tsx";

/** A shop's window: who they are, their catalog and reviews, and beside them hours, address, delivery, payment and terms. */
export function ShopView({ shopId }: { shopId: bigint }) {
  const { t } = useTranslation(["shops", "shopPage"]);
  const { shop, isLoading } = useIndexedShop(shopId);
  if (shop === undefined)
    return isLoading ? (
      <ShopSkeleton title={t("shop.unnamed", { id: shopId.toString() })} />
    ) : (
      <ShopUnavailable shopId={shopId} />
    );
  const { metadata } = shop;
  const name = metadata?.name ?? t("shop.unnamed", { id: shopId.toString() });
  return (
    <Page
      title={name}
      lead={metadata?.description}
      back={<BackLink href="~/">{t("shop.back")}</BackLink>}
      className="shop-page"
    >
      <ShopProblem status={shop.status} reason={shop.statusReason} />
      {metadata !== undefined && <ShopIntro shop={shop} metadata={metadata} />}
      <ShopServices shop={shop} />
      <div className="shop-layout">
        <div className="shop-layout__main">
          <section aria-labelledby="shop-catalog-title" className="section">
            <h2 id="shop-catalog-title" className="section__title">
              {t("shop.catalogTitle")}
            </h2>
            <CatalogGrid shopId={shopId} catalog={shop.catalog} isPublished={shop.catalogCid !== undefined} />
          </section>
          <section aria-labelledby="shop-reviews-title" className="section">
            <h2 id="shop-reviews-title" className="section__title">
              {t("shopPage:reviews.title")}
            </h2>
            <ShopReviews shopId={shopId} shopName={name} />
          </section>
        </div>
        {metadata !== undefined && <ShopSidebar shop={shop} metadata={metadata} />}
      </div>
    </Page>
  );
}
