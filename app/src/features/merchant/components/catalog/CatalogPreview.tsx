import type { CatalogItem, IndexedShop } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Badge } from "../../../../components/ui/Badge.tsx";
import { Price } from "../../../../components/ui/Price.tsx";
import { IpfsImage } from "../form/IpfsImage.tsx";

/** The draft as customers will see it on the shop's page: the shop's heading, then each item's card. */
export function CatalogPreview({
  shop,
  items,
  priceUnit,
}: {
  shop: IndexedShop;
  items: CatalogItem[];
  priceUnit: string;
}) {
  const { t } = useTranslation("merchant");
  return (
    <section className="catalog-preview" aria-labelledby="catalog-preview-title">
      <p className="catalog-preview__note muted">{t("catalog.previewNote")}</p>
      <div className="catalog-preview__shop">
        {shop.metadata?.logo !== undefined && (
          <IpfsImage cid={shop.metadata.logo} alt="" className="catalog-preview__logo" />
        )}
        <div>
          <h2 id="catalog-preview-title">{shop.metadata?.name}</h2>
          <p className="muted">{shop.metadata?.description}</p>
        </div>
      </div>
      <ul className="catalog-preview__items">
        {items.map((item) => (
          <li key={item.id} className="catalog-preview__item">
            {item.images[0] !== undefined ? (
              <IpfsImage cid={item.images[0]} alt={item.title} />
            ) : (
              <div className="catalog-preview__placeholder" aria-hidden="true" />
            )}
            <h3>{item.title}</h3>
            <p className="catalog-preview__description">{item.description}</p>
            <Price
              amount={item.price}
              currency={priceUnit}
              unit={
                item.unit === undefined
                  ? undefined
                  : t("catalog.perUnit", { unit: t(`units.${item.unit}`, { defaultValue: item.unit }) })
              }
            />
            {!item.available && <Badge tone="warning">{t("catalog.unavailable")}</Badge>}
          </li>
        ))}
      </ul>
    </section>
  );
}
