import { useTranslation } from "react-i18next";
import { Card } from "../../../../components/ui/Card.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { Select } from "../../../../components/ui/Select.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import type { LocalCurrency } from "../../hooks/useLocalCurrency.ts";
import type { AcceptanceForm, AcceptanceProblems } from "../../lib/acceptance.ts";
import { PRICE_UNITS, type PriceUnit } from "../../lib/shopProfile.ts";
import { Checkbox } from "../../shared/Checkbox.tsx";
import type { SectionProps } from "../form/formTypes.ts";
import { useProblemText } from "../form/useProblemText.ts";

export type PaymentFieldsProps = SectionProps<AcceptanceForm, AcceptanceProblems> & {
  priceUnit: PriceUnit;
  /** Given when the price unit can still be chosen (a new shop); an open shop keeps its unit. */
  onPriceUnit?(priceUnit: PriceUnit): void;
  localCurrency: LocalCurrency | undefined;
};

/** The unit prices are written in, and the money the shop accepts with its rate to that unit. */
export function PaymentFields({ form, onChange, problems, priceUnit, onPriceUnit, localCurrency }: PaymentFieldsProps) {
  const { t } = useTranslation("merchant");
  const problemText = useProblemText();
  const unitName = t(`form.payments.units.${priceUnit}`);
  return (
    <Card title={t("form.payments.title")}>
      {onPriceUnit !== undefined && (
        <Field label={t("form.payments.priceUnit")} hint={t("form.payments.priceUnitHint")}>
          <Select
            value={priceUnit}
            onChange={(event) => onPriceUnit(event.target.value as PriceUnit)}
            options={PRICE_UNITS.map((unit) => ({ value: unit, label: t(`form.payments.units.${unit}`) }))}
          />
        </Field>
      )}
      <fieldset className="payment-options">
        <legend className="field__label">{t("form.payments.accepted")}</legend>
        {localCurrency !== undefined && (
          <div className="payment-option">
            <Checkbox
              label={t("form.payments.localCurrency", { name: localCurrency.name })}
              hint={t("form.payments.localCurrencyHint", { symbol: localCurrency.symbol })}
              checked={form.localCurrency.isAccepted}
              onChange={(event) =>
                onChange({ localCurrency: { ...form.localCurrency, isAccepted: event.target.checked } })
              }
            />
            {form.localCurrency.isAccepted && (
              <Field
                label={t("form.payments.localCurrencyRate", { symbol: localCurrency.symbol, unit: unitName })}
                error={problemText(problems.localCurrency)}
              >
                <TextInput
                  value={form.localCurrency.unitPrice}
                  inputMode="decimal"
                  onChange={(event) =>
                    onChange({ localCurrency: { ...form.localCurrency, unitPrice: event.target.value } })
                  }
                />
              </Field>
            )}
          </div>
        )}
        <div className="payment-option">
          <Checkbox
            label={t("form.payments.eth")}
            hint={t("form.payments.ethHint")}
            checked={form.eth.isAccepted}
            onChange={(event) => onChange({ eth: { ...form.eth, isAccepted: event.target.checked } })}
          />
          {form.eth.isAccepted && (
            <Field
              label={t("form.payments.ethRate", { unit: unitName })}
              hint={t("form.payments.ethRateHint")}
              error={problemText(problems.eth)}
            >
              <TextInput
                value={form.eth.unitPrice}
                inputMode="decimal"
                onChange={(event) => onChange({ eth: { ...form.eth, unitPrice: event.target.value } })}
              />
            </Field>
          )}
        </div>
        {problems.payments !== undefined && <p className="field__error">{t("form.errors.noPayment")}</p>}
      </fieldset>
    </Card>
  );
}
