import { MAX_CATEGORIES, MAX_LABELS } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import type { ItemForm } from "../../lib/itemForm.ts";
import { LABEL_SUGGESTIONS } from "../../lib/suggestions.ts";
import { Checkbox } from "../../shared/Checkbox.tsx";
import { SlugPicker } from "../form/SlugPicker.tsx";

/** Whether the item can be ordered now and how it can be had, and its categories and labels. */
export function ItemTagsFields({ form, onChange }: { form: ItemForm; onChange(patch: Partial<ItemForm>): void }) {
  const { t } = useTranslation("merchant");
  return (
    <>
      <fieldset className="stack">
        <legend className="field__label">{t("item.availability")}</legend>
        <Checkbox
          label={t("item.available")}
          hint={t("item.availableHint")}
          checked={form.available}
          onChange={(event) => onChange({ available: event.target.checked })}
        />
        <Checkbox
          label={t("item.pickup")}
          checked={form.pickup}
          onChange={(event) => onChange({ pickup: event.target.checked })}
        />
        <Checkbox
          label={t("item.delivery")}
          checked={form.delivery}
          onChange={(event) => onChange({ delivery: event.target.checked })}
        />
      </fieldset>
      <SlugPicker
        legend={t("item.categories")}
        hint={t("item.categoriesHint")}
        suggestions={[]}
        value={form.categories}
        onChange={(categories) => onChange({ categories })}
        max={MAX_CATEGORIES}
      />
      <SlugPicker
        legend={t("item.labels")}
        suggestions={LABEL_SUGGESTIONS.map((slug) => ({ slug, label: t(`suggestions.labels.${slug}`) }))}
        value={form.labels}
        onChange={(labels) => onChange({ labels })}
        max={MAX_LABELS}
      />
    </>
  );
}
