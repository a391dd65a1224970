import type { CatalogItem } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../../components/ui/Banner.tsx";
import { Button } from "../../../../components/ui/Button.tsx";
import { Dialog } from "../../../../components/ui/Dialog.tsx";
import { newItemId } from "../../lib/catalogItems.ts";
import { type ItemForm, itemFromForm, validateItemForm } from "../../lib/itemForm.ts";
import { ItemDetailsFields } from "./ItemDetailsFields.tsx";
import { ItemImages } from "./ItemImages.tsx";
import { ItemTagsFields } from "./ItemTagsFields.tsx";
import { VariantRows } from "./VariantRows.tsx";

export type ItemEditorProps = {
  initial: ItemForm;
  isNew: boolean;
  /** The draft's items, to give a new item a unique id. */
  items: readonly CatalogItem[];
  priceUnit: string;
  onSave(item: CatalogItem): void;
  onClose(): void;
};

/** Adding or changing one item, in a dialog; it goes into the draft (published later with the whole catalog). */
export function ItemEditor({ initial, isNew, items, priceUnit, onSave, onClose }: ItemEditorProps) {
  const { t } = useTranslation("merchant");
  const [form, setForm] = useState(initial);
  const [isShowingProblems, setShowingProblems] = useState(false);
  const [isUploading, setUploading] = useState(false);
  const problems = validateItemForm(form, priceUnit);
  const shown = isShowingProblems ? problems : {};
  const update = (patch: Partial<ItemForm>) => setForm((current) => ({ ...current, ...patch }));
  const save = () => {
    setShowingProblems(true);
    if (Object.keys(problems).length > 0) return;
    onSave(itemFromForm({ ...form, id: isNew ? newItemId(form.title, items) : form.id }));
  };
  return (
    <Dialog
      isOpen
      onClose={onClose}
      title={isNew ? t("item.newTitle") : t("item.editTitle", { title: initial.title })}
      footer={
        <>
          <Button variant="quiet" onClick={onClose}>
            {t("item.cancel")}
          </Button>
          <Button variant="primary" onClick={save} disabled={isUploading}>
            {t("item.save")}
          </Button>
        </>
      }
    >
      <form
        className="item-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <ItemDetailsFields form={form} onChange={update} problems={shown} priceUnit={priceUnit} />
        <VariantRows
          variants={form.variants}
          onChange={(variants) => update({ variants })}
          priceUnit={priceUnit}
          error={shown.variants}
        />
        <ItemTagsFields form={form} onChange={update} />
        <ItemImages images={form.images} onChange={(images) => update({ images })} onBusy={setUploading} />
        {shown.other !== undefined && (
          <Banner tone="error" title={t("item.invalid")}>
            <p lang="en">{shown.other}</p>
          </Banner>
        )}
        <p className="muted">{t("item.draftNote")}</p>
      </form>
    </Dialog>
  );
}
