import type { CatalogItem } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { Badge } from "../../../components/ui/Badge.tsx";
import { Price } from "../../../components/ui/Price.tsx";
import { lowestPrice } from "../catalog/itemPrice.ts";
import { itemStockLeft } from "../catalog/stockLevel.ts";
import { unitLabel } from "../tags/tagLabel.ts";
import { ItemImage } from "./ItemImage.tsx";
import { StockBadge } from "./StockBadge.tsx";

/** One item of a shop's catalog: picture, title, price per unit, whether it is available, and its variants. */
export function CatalogItemCard({ shopId, item, priceUnit }: { shopId: bigint; item: CatalogItem; priceUnit: string }) {
  const { t } = useTranslation("shops");
  const { amount, isFrom } = lowestPrice(item, priceUnit);
  return (
    <article className="item-card">
      <ItemImage cid={item.images[0]} className="item-card__image" />
      <div className="item-card__body">
        <h3 className="item-card__title">
          <Link href={`~/shops/${shopId}/items/${encodeURIComponent(item.id)}`} className="item-card__link">
            {item.title}
          </Link>
        </h3>
        <p className="item-card__price">
          {isFrom && <span className="muted">{t("catalog.from")} </span>}
          <Price
            amount={amount}
            currency={priceUnit}
            unit={item.unit === undefined ? undefined : t("catalog.per", { unit: unitLabel(item.unit, t) })}
          />
        </p>
        {item.variants.length > 0 && (
          <p className="item-card__variants muted">{item.variants.map((variant) => variant.label).join(" · ")}</p>
        )}
        <p>
          {item.available ? (
            <Badge tone="success">{t("catalog.available")}</Badge>
          ) : (
            <Badge tone="warning">{t("catalog.unavailable")}</Badge>
          )}{" "}
          {item.available && <StockBadge stock={itemStockLeft(item)} />}
        </p>
      </div>
    </article>
  );
}
