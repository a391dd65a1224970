import { MAX_LEGAL_NAME_LENGTH } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Card } from "../../../../components/ui/Card.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import type { ShopProfileForm, ShopProfileProblems } from "../../lib/shopProfile.ts";
import type { SectionProps } from "../form/formTypes.ts";
import { useProblemText } from "../form/useProblemText.ts";

/** The shop's legal identity, printed on its receipts: registered name, SIRET or Swiss IDE, VAT number. */
export function LegalFields({ form, onChange, problems }: SectionProps<ShopProfileForm, ShopProfileProblems>) {
  const { t } = useTranslation("merchant");
  const problemText = useProblemText();
  return (
    <Card title={t("form.legal.title")}>
      <p className="muted">{t("form.legal.lead")}</p>
      <div className="form-grid form-grid--two">
        <Field
          label={t("form.legal.name")}
          hint={t("form.legal.nameHint")}
          error={problemText(problems.legalName, { max: MAX_LEGAL_NAME_LENGTH })}
          className="form-grid__wide"
        >
          <TextInput
            value={form.legalName}
            maxLength={MAX_LEGAL_NAME_LENGTH}
            onChange={(event) => onChange({ legalName: event.target.value })}
          />
        </Field>
        <Field label={t("form.legal.siret")} hint={t("form.legal.siretHint")} error={problemText(problems.siret)}>
          <TextInput
            value={form.siret}
            inputMode="numeric"
            maxLength={20}
            onChange={(event) => onChange({ siret: event.target.value })}
          />
        </Field>
        <Field label={t("form.legal.ide")} hint={t("form.legal.ideHint")} error={problemText(problems.ide)}>
          <TextInput value={form.ide} maxLength={15} onChange={(event) => onChange({ ide: event.target.value })} />
        </Field>
        <Field
          label={t("form.legal.vatNumber")}
          hint={t("form.legal.vatNumberHint")}
          error={problemText(problems.vatNumber)}
          className="form-grid__wide"
        >
          <TextInput
            value={form.vatNumber}
            maxLength={24}
            onChange={(event) => onChange({ vatNumber: event.target.value })}
          />
        </Field>
      </div>
    </Card>
  );
}
