import { useTranslation } from "react-i18next";
import { Card } from "../../../../components/ui/Card.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { Select } from "../../../../components/ui/Select.tsx";
import {
  type AcceptanceForm,
  type AcceptanceProblems,
  type PaymentToken,
  paymentChoice,
} from "../../lib/acceptance.ts";
import { PRICE_UNITS, type PriceUnit } from "../../lib/shopProfile.ts";
import type { SectionProps } from "../form/formTypes.ts";
import { useProblemText } from "../form/useProblemText.ts";
import { PaymentOption } from "./PaymentOption.tsx";

export type PaymentFieldsProps = SectionProps<AcceptanceForm, AcceptanceProblems> & {
  priceUnit: PriceUnit;
  /** Given when the price unit can still be chosen (a new shop); an open shop keeps its unit. */
  onPriceUnit?(priceUnit: PriceUnit): void;
  /** The tokens offered, in order (see `useOfferedPaymentTokens`). */
  tokens: readonly PaymentToken[];
};

/** The unit prices are written in, and the money the shop accepts with its rate to that unit. */
export function PaymentFields({ form, onChange, problems, priceUnit, onPriceUnit, tokens }: PaymentFieldsProps) {
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
        {tokens.map((token) => (
          <PaymentOption
            key={token.address}
            token={token}
            choice={paymentChoice(form, token)}
            onChange={(choice) => onChange({ payments: { ...form.payments, [token.address]: choice } })}
            unitName={unitName}
            error={problems.prices?.includes(token.address) ? problemText("price") : undefined}
          />
        ))}
        {problems.payments !== undefined && <p className="field__error">{t("form.errors.noPayment")}</p>}
      </fieldset>
    </Card>
  );
}
