import { MAX_SHOP_TERMS } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Card } from "../../../../components/ui/Card.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import { invalidWindows, WINDOW_NAMES, type WindowsForm } from "../../lib/windows.ts";
import { durationInWords } from "../../shared/time.ts";

export type WindowsFieldsProps = {
  form: WindowsForm;
  onChange(patch: Partial<WindowsForm>): void;
  showProblems: boolean;
};

/** The shop's four promises in hours, each said in a sentence as the customer will read it. */
export function WindowsFields({ form, onChange, showProblems }: WindowsFieldsProps) {
  const { t } = useTranslation("merchant");
  const invalid = showProblems ? invalidWindows(form) : [];
  return (
    <Card title={t("form.windows.title")}>
      <p className="muted">{t("form.windows.text")}</p>
      <div className="form-grid form-grid--two">
        {WINDOW_NAMES.map((name) => {
          const hours = Number(form[name]);
          const isValid = !invalidWindows(form).includes(name);
          return (
            <Field
              key={name}
              label={t(`form.windows.${name}.label`)}
              hint={
                isValid
                  ? t(`form.windows.${name}.sentence`, { duration: durationInWords(hours, t) })
                  : t(`form.windows.${name}.explain`)
              }
              error={invalid.includes(name) ? t("form.errors.hours", { max: MAX_SHOP_TERMS[name] }) : undefined}
            >
              <TextInput
                value={form[name]}
                inputMode="numeric"
                onChange={(event) => onChange({ [name]: event.target.value })}
              />
            </Field>
          );
        })}
      </div>
    </Card>
  );
}
