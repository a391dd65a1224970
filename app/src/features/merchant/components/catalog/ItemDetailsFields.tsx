import { MAX_ITEM_DESCRIPTION_LENGTH, MAX_ITEM_TITLE_LENGTH, MAX_STOCK } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Field } from "../../../../components/ui/Field.tsx";
import { Select } from "../../../../components/ui/Select.tsx";
import { TextArea } from "../../../../components/ui/TextArea.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import type { ItemForm, ItemProblems } from "../../lib/itemForm.ts";
import { ITEM_UNITS } from "../../lib/units.ts";
import type { SectionProps } from "../form/formTypes.ts";
import { useProblemText } from "../form/useProblemText.ts";

/** Title, description, price and unit of an item. */
export function ItemDetailsFields({
  form,
  onChange,
  problems,
  priceUnit,
}: SectionProps<ItemForm, ItemProblems> & { priceUnit: string }) {
  const { t } = useTranslation("merchant");
  const problemText = useProblemText();
  const units = ITEM_UNITS.includes(form.unit as (typeof ITEM_UNITS)[number]) ? ITEM_UNITS : [...ITEM_UNITS, form.unit];
  return (
    <div className="form-grid form-grid--two">
      <Field
        label={t("item.title")}
        isRequired
        error={problemText(problems.title, { max: MAX_ITEM_TITLE_LENGTH })}
        count={{ length: form.title.length, max: MAX_ITEM_TITLE_LENGTH }}
        className="form-grid__wide"
      >
        <TextInput value={form.title} onChange={(event) => onChange({ title: event.target.value })} />
      </Field>
      <Field
        label={t("item.description")}
        error={problemText(problems.description, { max: MAX_ITEM_DESCRIPTION_LENGTH })}
        count={{ length: form.description.length, max: MAX_ITEM_DESCRIPTION_LENGTH }}
        className="form-grid__wide"
      >
        <TextArea
          rows={3}
          value={form.description}
          onChange={(event) => onChange({ description: event.target.value })}
        />
      </Field>
      <Field
        label={t("item.price", { unit: priceUnit })}
        hint={t("item.priceHint")}
        isRequired
        error={problemText(problems.price)}
      >
        <TextInput
          value={form.price}
          inputMode="decimal"
          onChange={(event) => onChange({ price: event.target.value })}
        />
      </Field>
      <Field label={t("item.stock")} hint={t("item.stockHint")} error={problemText(problems.stock, { max: MAX_STOCK })}>
        <TextInput
          value={form.stock}
          inputMode="numeric"
          onChange={(event) => onChange({ stock: event.target.value })}
        />
      </Field>
      <Field label={t("item.vatRate")} hint={t("item.vatRateHint")} error={problemText(problems.vatRate)}>
        <TextInput
          value={form.vatRate}
          inputMode="decimal"
          onChange={(event) => onChange({ vatRate: event.target.value })}
        />
      </Field>
      <Field label={t("item.unit")}>
        <Select
          value={form.unit}
          onChange={(event) => onChange({ unit: event.target.value })}
          options={units.map((unit) => ({
            value: unit,
            label: unit === "" ? t("item.noUnit") : t(`units.${unit}`, { defaultValue: unit }),
          }))}
        />
      </Field>
    </div>
  );
}
