import { MAX_PHONE_LENGTH, MAX_TERMS_TEXT_LENGTH, MAX_URL_LENGTH } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Card } from "../../../../components/ui/Card.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { TextArea } from "../../../../components/ui/TextArea.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import type { ShopProfileForm, ShopProfileProblems } from "../../lib/shopProfile.ts";
import type { SectionProps } from "../form/formTypes.ts";
import { useProblemText } from "../form/useProblemText.ts";

const TEXTS = ["returnsText", "deliveryText", "otherText"] as const;

/** The shop's conditions in its own words (returns, delivery, anything else), and how to reach it. */
export function TermsTextFields({ form, onChange, problems }: SectionProps<ShopProfileForm, ShopProfileProblems>) {
  const { t } = useTranslation("merchant");
  const problemText = useProblemText();
  return (
    <Card title={t("form.terms.title")}>
      <div className="form-grid">
        {TEXTS.map((field) => (
          <Field
            key={field}
            label={t(`form.terms.${field}`)}
            hint={t(`form.terms.${field}Hint`)}
            error={problemText(problems[field], { max: MAX_TERMS_TEXT_LENGTH })}
            count={{ length: form[field].length, max: MAX_TERMS_TEXT_LENGTH }}
          >
            <TextArea rows={3} value={form[field]} onChange={(event) => onChange({ [field]: event.target.value })} />
          </Field>
        ))}
      </div>
      <div className="form-grid form-grid--two">
        <Field label={t("form.terms.phone")} error={problemText(problems.phone, { max: MAX_PHONE_LENGTH })}>
          <TextInput
            type="tel"
            value={form.phone}
            autoComplete="tel"
            onChange={(event) => onChange({ phone: event.target.value })}
          />
        </Field>
        <Field
          label={t("form.terms.website")}
          hint={t("form.terms.websiteHint")}
          error={problemText(problems.website, { max: MAX_URL_LENGTH })}
        >
          <TextInput
            type="url"
            value={form.website}
            autoComplete="url"
            placeholder="https://"
            onChange={(event) => onChange({ website: event.target.value })}
          />
        </Field>
      </div>
    </Card>
  );
}
