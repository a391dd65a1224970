import type { IndexedShop } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Badge } from "../../../components/ui/Badge.tsx";
import { LinkButton } from "../../../components/ui/Button.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import { useOrders } from "../../../market/index.ts";
import { isCatalogNeverPublished } from "../lib/catalogState.ts";
import { IpfsImage } from "./form/IpfsImage.tsx";

/** One of the merchant's shops: its name, whether it is open, what waits for it, and the ways in. */
export function MerchantShopCard({ shop }: { shop: IndexedShop }) {
  const { t } = useTranslation("merchant");
  const orders = useOrders({ shopId: shop.shopId });
  const waiting = orders.data?.filter((order) => order.state.status === "Paid").length ?? 0;
  const base = `/shops/${shop.shopId}`;
  const name = shop.metadata?.name ?? t("shop.unnamed", { id: shop.shopId.toString() });
  const isNeverPublished = isCatalogNeverPublished(shop);
  return (
    <Card
      as="article"
      className="merchant-shop"
      title={name}
      subtitle={
        shop.metadata === undefined ? undefined : `${shop.metadata.address.street}, ${shop.metadata.address.city}`
      }
      actions={
        <>
          <LinkButton href={`${base}/orders`} variant="primary" size="small">
            {t("home.orders")}
          </LinkButton>
          <LinkButton href={`${base}/catalog`} size="small">
            {t("home.catalog")}
          </LinkButton>
          <LinkButton href={`${base}/settings`} size="small" variant="quiet">
            {t("home.settings")}
          </LinkButton>
        </>
      }
    >
      <div className="merchant-shop__body">
        {shop.metadata?.logo !== undefined && (
          <IpfsImage cid={shop.metadata.logo} alt="" className="merchant-shop__logo" />
        )}
        <div className="merchant-shop__facts">
          <Badge tone={shop.isActive ? "success" : "neutral"}>
            {shop.isActive ? t("shop.open") : t("shop.closed")}
          </Badge>
          {waiting > 0 && <Badge tone="warning">{t("home.waiting", { count: waiting })}</Badge>}
          {shop.status !== "ok" && shop.status !== "inactive" && !isNeverPublished && (
            <p className="field__error">{t(`shop.status.${shop.status}`, { reason: shop.statusReason ?? "" })}</p>
          )}
          <p className="muted">
            {isNeverPublished ? t("home.noCatalog") : t("home.items", { count: shop.catalog?.items.length ?? 0 })}
          </p>
        </div>
      </div>
    </Card>
  );
}
