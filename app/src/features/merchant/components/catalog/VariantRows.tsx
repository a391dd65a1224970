import { MAX_ITEM_VARIANTS, MAX_VARIANT_LABEL_LENGTH } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { NEW_VARIANT_PREFIX, type VariantForm } from "../../lib/itemForm.ts";
import { Checkbox } from "../../shared/Checkbox.tsx";
import { useProblemText } from "../form/useProblemText.ts";

export type VariantRowsProps = {
  variants: VariantForm[];
  onChange(variants: VariantForm[]): void;
  priceUnit: string;
  error?: string;
};

/** Sizes, weights or colours of an item, each with its own price (or the item's) and availability. */
export function VariantRows({ variants, onChange, priceUnit, error }: VariantRowsProps) {
  const { t } = useTranslation("merchant");
  const problemText = useProblemText();
  const set = (index: number, patch: Partial<VariantForm>) =>
    onChange(variants.map((variant, at) => (at === index ? { ...variant, ...patch } : variant)));
  return (
    <fieldset className="variants">
      <legend className="field__label">{t("item.variants")}</legend>
      <p className="field__hint">{t("item.variantsHint")}</p>
      {variants.map((variant, index) => (
        <div key={variant.id} className="variant-row">
          <label className="variant-row__field">
            <span className="field__label">{t("item.variantLabel", { number: index + 1 })}</span>
            <input
              className="input"
              value={variant.label}
              onChange={(event) => set(index, { label: event.target.value })}
            />
          </label>
          <label className="variant-row__field">
            <span className="field__label">{t("item.variantPrice", { unit: priceUnit })}</span>
            <input
              className="input"
              inputMode="decimal"
              value={variant.price}
              placeholder={t("item.variantSamePrice")}
              onChange={(event) => set(index, { price: event.target.value })}
            />
          </label>
          <label className="variant-row__field">
            <span className="field__label">{t("item.variantStock")}</span>
            <input
              className="input"
              inputMode="numeric"
              value={variant.stock}
              placeholder={t("item.variantSameStock")}
              onChange={(event) => set(index, { stock: event.target.value })}
            />
          </label>
          <Checkbox
            label={t("item.variantAvailable")}
            checked={variant.available}
            onChange={(event) => set(index, { available: event.target.checked })}
          />
          <Button
            size="small"
            variant="quiet"
            aria-label={t("item.removeVariant", { number: index + 1 })}
            onClick={() => onChange(variants.filter((_, at) => at !== index))}
          >
            {t("item.remove")}
          </Button>
        </div>
      ))}
      <Button
        size="small"
        disabled={variants.length >= MAX_ITEM_VARIANTS}
        onClick={() =>
          onChange([
            ...variants,
            { id: `${NEW_VARIANT_PREFIX}${Date.now()}`, label: "", price: "", available: true, stock: "" },
          ])
        }
      >
        {t("item.addVariant")}
      </Button>
      {error !== undefined && <p className="field__error">{problemText(error, { max: MAX_VARIANT_LABEL_LENGTH })}</p>}
    </fieldset>
  );
}
