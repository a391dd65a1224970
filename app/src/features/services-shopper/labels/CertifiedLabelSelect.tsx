import { useTranslation } from "react-i18next";
import { Field } from "../../../components/ui/Field.tsx";
import { Select } from "../../../components/ui/Select.tsx";
import { useLabelOptions } from "./useLabelOptions.ts";

export type CertifiedLabelSelectProps = { value: string | undefined; onChange(value: string | undefined): void };

/**
 * The search filter "Label awarded by…": labels from the issuers the shopper trusts that at least one shop holds.
 * Hidden when there is none (no labels service, or no label yet) unless one is already selected.
 */
export function CertifiedLabelSelect({ value, onChange }: CertifiedLabelSelectProps) {
  const { t } = useTranslation("shops");
  const options = useLabelOptions();
  if (options.length === 0 && value === undefined) return null;
  return (
    <Field label={t("filters.certified.label")}>
      <Select
        value={value ?? ""}
        placeholder={t("filters.certified.any")}
        options={options.map((option) => ({
          value: option.value,
          label: t("filters.certified.option", { title: option.title, issuer: option.issuerName }),
        }))}
        onChange={(event) => onChange(event.target.value || undefined)}
      />
    </Field>
  );
}
