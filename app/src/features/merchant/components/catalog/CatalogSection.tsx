import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import { useShopIndex } from "../../../../market/index.ts";
import { TransactionDialog, useTransaction } from "../../../../transaction/index.ts";
import { useCatalogDraft } from "../../hooks/useCatalogDraft.ts";
import { isSameItemList, removeItem, upsertItem } from "../../lib/catalogItems.ts";
import { isCatalogNeverPublished } from "../../lib/catalogState.ts";
import { emptyItemForm, type ItemForm, itemFormFrom } from "../../lib/itemForm.ts";
import publishCatalogTransaction from "../../transactions/publishCatalog.ts";
import type { ShopSectionProps } from "../ShopAdminPage.tsx";
import { CatalogItemList } from "./CatalogItemList.tsx";
import { CatalogPreview } from "./CatalogPreview.tsx";
import { CsvTools } from "./CsvTools.tsx";
import { ItemEditor } from "./ItemEditor.tsx";
import { type PublicationState, PublishBar } from "./PublishBar.tsx";

/** `/merchant/shops/:id/catalog`: edit the items (kept as a draft in this browser), preview, import, export, publish. */
export function CatalogSection({ shop }: ShopSectionProps) {
  const { t } = useTranslation("merchant");
  const draft = useCatalogDraft(shop);
  const priceUnit = shop.metadata?.priceUnit ?? shop.catalog?.priceUnit ?? "EUR";
  const [editing, setEditing] = useState<{ form: ItemForm; isNew: boolean }>();
  const [isPreview, setPreview] = useState(false);
  const publication = useTransaction(publishCatalogTransaction);
  const lastIndexedBlock = useShopIndex().data?.lastBlock;
  const published = publication.result?.value;
  const isJustPublished =
    published !== undefined && publication.data !== undefined && isSameItemList(publication.data.items, draft.items);
  const isNeverPublished = isCatalogNeverPublished(shop);
  const publicationState: PublicationState = isJustPublished
    ? lastIndexedBlock !== undefined && lastIndexedBlock >= published.blockNumber
      ? "live"
      : "publishing"
    : draft.isChanged
      ? isNeverPublished
        ? "firstDraft"
        : "changed"
      : isNeverPublished
        ? "nothingYet"
        : "upToDate";
  return (
    <div className="catalog-editor">
      {!isNeverPublished && (shop.status === "catalog-invalid" || shop.status === "catalog-missing") && (
        <Banner tone="warning" title={t(`shop.status.${shop.status}`, { reason: "" })}>
          <p>{shop.statusReason}</p>
        </Banner>
      )}
      <div className="catalog-editor__toolbar">
        <Button variant="primary" onClick={() => setEditing({ form: emptyItemForm(), isNew: true })}>
          {t("catalog.add")}
        </Button>
        <Button aria-pressed={isPreview} onClick={() => setPreview((current) => !current)}>
          {isPreview ? t("catalog.backToEditing") : t("catalog.preview")}
        </Button>
      </div>
      <CsvTools
        shopName={shop.metadata?.name ?? String(shop.shopId)}
        priceUnit={priceUnit}
        items={draft.items}
        onItems={draft.setItems}
      />
      {isPreview ? (
        <CatalogPreview shop={shop} items={draft.items} priceUnit={priceUnit} />
      ) : (
        <CatalogItemList
          isNeverPublished={isNeverPublished}
          items={draft.items}
          priceUnit={priceUnit}
          onItems={draft.setItems}
          onEdit={(item) => setEditing({ form: itemFormFrom(item), isNew: false })}
          onRemove={(item) => draft.setItems(removeItem(draft.items, item.id))}
        />
      )}
      <PublishBar
        state={publicationState}
        itemCount={draft.items.length}
        onPublish={() => publication.open({ shopId: shop.shopId, priceUnit, items: draft.items })}
        onDiscard={draft.discard}
      />
      {editing !== undefined && (
        <ItemEditor
          initial={editing.form}
          isNew={editing.isNew}
          items={draft.items}
          priceUnit={priceUnit}
          onSave={(item) => {
            draft.setItems(upsertItem(draft.items, item));
            setEditing(undefined);
          }}
          onClose={() => setEditing(undefined)}
        />
      )}
      <TransactionDialog handle={publication} />
    </div>
  );
}
