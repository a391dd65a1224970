import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { BackLink } from "../../../components/layout/BackLink.tsx";
import { Page } from "../../../components/layout/Page.tsx";
import { LinkButton } from "../../../components/ui/Button.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { BasketIcon } from "../../../components/ui/icons.tsx";
import { useIndexedShop } from "../../../market/shopIndex.ts";
import { BondNote } from "../../services-shopper/index.ts";
import { AddToBasket } from "./AddToBasket.tsx";
import { FulfilmentSummary } from "./FulfilmentSummary.tsx";
import { ItemGallery } from "./ItemGallery.tsx";
import { ShopProblem } from "./ShopProblem.tsx";
import { ShopSkeleton } from "./ShopSkeleton.tsx";
import { ShopUnavailable } from "./ShopUnavailable.tsx";
import { TagList } from "./TagList.tsx";

/** One product: pictures, price, variants, quantity and "Add to basket", its description and how to get it. */
export function ItemView({ shopId, itemId }: { shopId: bigint; itemId: string }) {
  const { t } = useTranslation(["shops", "shopPage"]);
  const { shop, isLoading } = useIndexedShop(shopId);
  if (shop === undefined)
    return isLoading ? <ShopSkeleton title={t("shopPage:item.loadingTitle")} /> : <ShopUnavailable shopId={shopId} />;
  const shopName = shop.metadata?.name ?? t("shop.unnamed", { id: shopId.toString() });
  const back = <BackLink href={`~/shops/${shopId}`}>{t("shopPage:item.back", { shop: shopName })}</BackLink>;
  const item = shop.catalog?.items.find((candidate) => candidate.id === itemId);
  if (item === undefined || shop.catalog === undefined) {
    return (
      <Page title={t("shopPage:item.notFoundTitle")} back={back} width="narrow">
        <EmptyState
          icon={<BasketIcon />}
          title={t("shopPage:item.notFoundHeading")}
          action={
            <LinkButton href={`~/shops/${shopId}`} variant="primary">
              {t("shopPage:item.seeShop", { shop: shopName })}
            </LinkButton>
          }
        >
          <p>{t("shopPage:item.notFoundText")}</p>
        </EmptyState>
      </Page>
    );
  }
  const shopDelivers =
    shop.metadata?.fulfilment.ownDelivery === true || shop.carriers.length > 0 || shop.isAnyCarrierAccepted;
  return (
    <Page title={item.title} back={back} className="item-page">
      <div className="item-layout">
        <ItemGallery item={item} />
        <div className="item-layout__details">
          <p className="muted">
            {t("shopPage:item.soldBy")} <Link href={`~/shops/${shopId}`}>{shopName}</Link>
          </p>
          <ShopProblem status={shop.status} reason={shop.statusReason} isCompact />
          <AddToBasket shopId={shopId} item={item} priceUnit={shop.catalog.priceUnit} canOrder={shop.status === "ok"} />
          <BondNote shop={shop} />
          <h2 className="item-layout__heading">{t("shopPage:item.description")}</h2>
          <p className="prose">{item.description}</p>
          <dl className="details">
            <dt>{t("shopPage:item.howToGet")}</dt>
            <dd>
              <FulfilmentSummary
                pickup={item.pickup && shop.metadata?.fulfilment.pickup === true}
                delivery={item.delivery && shopDelivers}
              />
            </dd>
          </dl>
          <TagList kind="label" tags={item.labels} label={t("shopPage:item.labels")} />
        </div>
      </div>
    </Page>
  );
}
