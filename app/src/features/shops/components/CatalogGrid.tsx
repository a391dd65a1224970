import type { Catalog } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { BasketIcon } from "../../../components/ui/icons.tsx";
import { CatalogItemCard } from "./CatalogItemCard.tsx";

export type CatalogGridProps = {
  shopId: bigint;
  catalog: Catalog | undefined;
  /** Whether the shop has published a catalog at all: a new shop has none, which is no fault. */
  isPublished: boolean;
};

/** A shop's catalog as a grid of item cards, or why there is nothing to show. */
export function CatalogGrid({ shopId, catalog, isPublished }: CatalogGridProps) {
  const { t } = useTranslation("shops");
  if (catalog === undefined || catalog.items.length === 0) {
    const isUnreadable = catalog === undefined && isPublished;
    return (
      <EmptyState
        icon={<BasketIcon />}
        title={t(isUnreadable ? "catalog.unreadableTitle" : "catalog.emptyTitle")}
        headingLevel={3}
      >
        <p>{t(isUnreadable ? "catalog.unreadableText" : "catalog.emptyText")}</p>
      </EmptyState>
    );
  }
  return (
    <ul className="item-grid">
      {catalog.items.map((item) => (
        <li key={item.id}>
          <CatalogItemCard shopId={shopId} item={item} priceUnit={catalog.priceUnit} />
        </li>
      ))}
    </ul>
  );
}
