import type { CatalogItem } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Badge } from "../../../../components/ui/Badge.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import { EmptyState } from "../../../../components/ui/EmptyState.tsx";
import { StoreIcon } from "../../../../components/ui/icons.tsx";
import { Price } from "../../../../components/ui/Price.tsx";
import { moveItem } from "../../lib/catalogItems.ts";
import { IpfsImage } from "../form/IpfsImage.tsx";

export type CatalogItemListProps = {
  /** The shop has never published a catalog: an empty list is where it starts, not a window emptied. */
  isNeverPublished: boolean;
  items: CatalogItem[];
  priceUnit: string;
  onItems(items: CatalogItem[]): void;
  onEdit(item: CatalogItem): void;
  onRemove(item: CatalogItem): void;
};

/** The draft's items in the order customers see them, each with move, edit and remove buttons. */
export function CatalogItemList({
  isNeverPublished,
  items,
  priceUnit,
  onItems,
  onEdit,
  onRemove,
}: CatalogItemListProps) {
  const { t } = useTranslation("merchant");
  if (items.length === 0) {
    const words = isNeverPublished ? "catalog.none" : "catalog.empty";
    return (
      <EmptyState icon={<StoreIcon />} title={t(`${words}.title`)} headingLevel={2}>
        <p>{t(`${words}.text`)}</p>
      </EmptyState>
    );
  }
  return (
    <ol className="catalog-items" aria-label={t("catalog.listLabel", { count: items.length })}>
      {items.map((item, index) => (
        <li key={item.id} className="catalog-item">
          <div className="catalog-item__image">
            {item.images[0] !== undefined && <IpfsImage cid={item.images[0]} alt="" />}
          </div>
          <div className="catalog-item__text">
            <p className="catalog-item__title">{item.title}</p>
            <p className="catalog-item__facts">
              <Price
                amount={item.price}
                currency={priceUnit}
                unit={
                  item.unit === undefined
                    ? undefined
                    : t("catalog.perUnit", { unit: t(`units.${item.unit}`, { defaultValue: item.unit }) })
                }
                size="small"
              />
              {item.variants.length > 0 && (
                <span className="muted"> · {t("catalog.variantCount", { count: item.variants.length })}</span>
              )}
            </p>
            <p>
              {!item.available && <Badge tone="warning">{t("catalog.unavailable")}</Badge>}
              {!item.pickup && <Badge>{t("catalog.noPickup")}</Badge>}
              {!item.delivery && <Badge>{t("catalog.noDelivery")}</Badge>}
            </p>
          </div>
          <div className="catalog-item__actions">
            <Button
              size="small"
              variant="quiet"
              disabled={index === 0}
              aria-label={t("catalog.moveUp", { title: item.title })}
              onClick={() => onItems(moveItem(items, index, -1))}
            >
              ↑
            </Button>
            <Button
              size="small"
              variant="quiet"
              disabled={index === items.length - 1}
              aria-label={t("catalog.moveDown", { title: item.title })}
              onClick={() => onItems(moveItem(items, index, 1))}
            >
              ↓
            </Button>
            <Button
              size="small"
              aria-label={t("catalog.editLabel", { title: item.title })}
              onClick={() => onEdit(item)}
            >
              {t("catalog.edit")}
            </Button>
            <Button
              size="small"
              variant="danger"
              aria-label={t("catalog.removeLabel", { title: item.title })}
              onClick={() => onRemove(item)}
            >
              {t("catalog.remove")}
            </Button>
          </div>
        </li>
      ))}
    </ol>
  );
}
