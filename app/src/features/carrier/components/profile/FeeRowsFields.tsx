import { MAX_CARRIER_FEES, MAX_FEE_LABEL_LENGTH } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { Select } from "../../../../components/ui/Select.tsx";
import type { FeeRow } from "../../lib/carrierForm.ts";
import type { CarrierSectionProps } from "./sectionProps.ts";

/** The fee table customers see at checkout: one line per distance band, and the currency it is written in. */
export function FeeRowsFields({ form, onChange, problems }: CarrierSectionProps) {
  const { t } = useTranslation("carrier");
  const setRow = (index: number, patch: Partial<FeeRow>) =>
    onChange({ fees: form.fees.map((fee, at) => (at === index ? { ...fee, ...patch } : fee)) });
  return (
    <Card title={t("form.fees.title")}>
      <p className="muted">{t("form.fees.text")}</p>
      <Field label={t("form.fees.unit")}>
        <Select
          value={form.priceUnit}
          onChange={(event) => onChange({ priceUnit: event.target.value as "EUR" | "CHF" })}
          options={[
            { value: "EUR", label: t("form.fees.units.EUR") },
            { value: "CHF", label: t("form.fees.units.CHF") },
          ]}
        />
      </Field>
      <ul className="fee-rows">
        {form.fees.map((fee, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fee row is its position in the table; inputs are controlled
          <li key={index} className="fee-row">
            <label className="fee-row__field fee-row__label">
              <span className="field__label">{t("form.fees.label", { number: index + 1 })}</span>
              <input
                className="input"
                value={fee.label}
                placeholder={t("form.fees.labelPlaceholder")}
                onChange={(event) => setRow(index, { label: event.target.value })}
              />
            </label>
            <label className="fee-row__field">
              <span className="field__label">{t("form.fees.distance")}</span>
              <input
                className="input"
                inputMode="decimal"
                value={fee.maxDistanceKm}
                placeholder={t("form.fees.anyDistance")}
                onChange={(event) => setRow(index, { maxDistanceKm: event.target.value })}
              />
            </label>
            <label className="fee-row__field">
              <span className="field__label">{t("form.fees.price", { unit: form.priceUnit })}</span>
              <input
                className="input"
                inputMode="decimal"
                value={fee.price}
                onChange={(event) => setRow(index, { price: event.target.value })}
              />
            </label>
            <Button
              size="small"
              variant="quiet"
              disabled={form.fees.length === 1}
              aria-label={t("form.fees.remove", { number: index + 1 })}
              onClick={() => onChange({ fees: form.fees.filter((_, at) => at !== index) })}
            >
              {t("form.fees.removeShort")}
            </Button>
          </li>
        ))}
      </ul>
      <Button
        size="small"
        disabled={form.fees.length >= MAX_CARRIER_FEES}
        onClick={() => onChange({ fees: [...form.fees, { label: "", maxDistanceKm: "", price: "" }] })}
      >
        {t("form.fees.add")}
      </Button>
      {problems.fees !== undefined && (
        <p className="field__error">{t("form.errors.fees", { max: MAX_FEE_LABEL_LENGTH })}</p>
      )}
    </Card>
  );
}
