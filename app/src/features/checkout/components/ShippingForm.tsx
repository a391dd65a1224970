import {
  MAX_CITY_LENGTH,
  MAX_DELIVERY_INSTRUCTIONS_LENGTH,
  MAX_PHONE_LENGTH,
  MAX_POSTCODE_LENGTH,
  MAX_RECIPIENT_NAME_LENGTH,
  MAX_STREET_LENGTH,
} from "@grandrue/sdk";
import type { TextareaHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";
import { Field, useFieldControl } from "../../../components/ui/Field.tsx";
import { Select } from "../../../components/ui/Select.tsx";
import { TextInput } from "../../../components/ui/TextInput.tsx";
import type { ShippingDraft, ShippingField } from "../model/checkoutState.ts";

/** Countries offered first; the address format itself is checked by the SDK (ISO 3166 code). */
const COUNTRIES = ["FR", "BE", "CH", "LU", "MC", "DE", "IT", "ES", "NL", "PT", "AT", "GB"] as const;

export type ShippingFormProps = {
  draft: ShippingDraft;
  invalid: readonly string[];
  onEdit(field: ShippingField, value: string): void;
};

function Textarea(props: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea {...useFieldControl()} {...props} className="input checkout-textarea" />;
}

/** The delivery address, typed once for every delivered order (or filled from the one saved here); sealed before it leaves. */
export function ShippingForm({ draft, invalid, onEdit }: ShippingFormProps) {
  const { t, i18n } = useTranslation("orders");
  const countryNames = new Intl.DisplayNames([i18n.language], { type: "region" });
  const error = (field: ShippingField) => (invalid.includes(field) ? t(`checkout.details.errors.${field}`) : undefined);
  // Short fields stop at their limit; the instructions are counted and refused when too long, never cut off.
  const text = (field: ShippingField, maxLength: number | undefined, autoComplete: string) => ({
    name: field,
    value: draft[field],
    maxLength,
    autoComplete,
    onChange: (event: { target: { value: string } }) => onEdit(field, event.target.value),
  });
  return (
    <div className="shipping-form">
      <Field label={t("checkout.details.name")} error={error("name")} isRequired>
        <TextInput {...text("name", MAX_RECIPIENT_NAME_LENGTH, "shipping name")} />
      </Field>
      <Field label={t("checkout.details.street")} error={error("street")} isRequired>
        <TextInput {...text("street", MAX_STREET_LENGTH, "shipping street-address")} />
      </Field>
      <div className="shipping-form__row">
        <Field
          label={t("checkout.details.postcode")}
          error={error("postcode")}
          isRequired
          className="shipping-form__postcode"
        >
          <TextInput {...text("postcode", MAX_POSTCODE_LENGTH, "shipping postal-code")} />
        </Field>
        <Field label={t("checkout.details.city")} error={error("city")} isRequired>
          <TextInput {...text("city", MAX_CITY_LENGTH, "shipping address-level2")} />
        </Field>
      </div>
      <Field label={t("checkout.details.country")} error={error("country")} isRequired>
        <Select
          name="country"
          autoComplete="shipping country"
          value={draft.country}
          onChange={(event) => onEdit("country", event.target.value)}
          options={COUNTRIES.map((code) => ({ value: code, label: countryNames.of(code) ?? code }))}
        />
      </Field>
      <Field label={t("checkout.details.phone")} hint={t("checkout.details.phoneHint")} error={error("phone")}>
        <TextInput {...text("phone", MAX_PHONE_LENGTH, "shipping tel")} type="tel" />
      </Field>
      <Field
        label={t("checkout.details.instructions")}
        hint={t("checkout.details.instructionsHint")}
        error={error("instructions")}
        count={{ length: draft.instructions.trim().length, max: MAX_DELIVERY_INSTRUCTIONS_LENGTH }}
      >
        <Textarea {...text("instructions", undefined, "off")} rows={3} />
      </Field>
    </div>
  );
}
