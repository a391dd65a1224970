import { useTranslation } from "react-i18next";
import { Field } from "../../../../components/ui/Field.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import { localCurrencyName } from "../../../../currency/tokenInfo.ts";
import type { PaymentChoice, PaymentToken } from "../../lib/acceptance.ts";
import { Checkbox } from "../../shared/Checkbox.tsx";

/**
 * One token a shop may accept: ticked or not and, once ticked, what one whole token is worth in the shop's unit.
 * A local currency, the chain's own coin (named from the configured chain: ETH, xDAI…) and any other token (EURC)
 * each have their own words.
 */
export function PaymentOption({
  token,
  choice,
  onChange,
  unitName,
  error,
}: {
  token: PaymentToken;
  choice: PaymentChoice;
  onChange(choice: PaymentChoice): void;
  /** The shop's unit in words ("euros (€)"). */
  unitName: string;
  error: string | undefined;
}) {
  const { t } = useTranslation("merchant");
  const { symbol } = token;
  const words = {
    "local-currency": {
      label: t("form.payments.localCurrency", { name: localCurrencyName(token) }),
      hint: t("form.payments.localCurrencyHint", { symbol }),
      rate: t("form.payments.localCurrencyRate", { symbol, unit: unitName }),
      rateHint: undefined,
    },
    native: {
      label: t("form.payments.native", { name: token.name, symbol }),
      hint: t("form.payments.nativeHint", { symbol }),
      rate: t("form.payments.tokenRate", { symbol, unit: unitName }),
      rateHint: t("form.payments.nativeRateHint", { symbol }),
    },
    token: {
      label: t("form.payments.token", { name: token.name, symbol }),
      hint: t("form.payments.tokenHint", { symbol }),
      rate: t("form.payments.tokenRate", { symbol, unit: unitName }),
      rateHint: undefined,
    },
  }[token.kind];
  return (
    <div className="payment-option">
      <Checkbox
        label={words.label}
        hint={words.hint}
        checked={choice.isAccepted}
        onChange={(event) => onChange({ ...choice, isAccepted: event.target.checked })}
      />
      {choice.isAccepted && (
        <Field label={words.rate} hint={words.rateHint} error={error}>
          <TextInput
            value={choice.unitPrice}
            inputMode="decimal"
            onChange={(event) => onChange({ ...choice, unitPrice: event.target.value })}
          />
        </Field>
      )}
    </div>
  );
}
