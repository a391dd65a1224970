import {
  CARRIER_VEHICLES,
  type CarrierVehicle,
  MAX_CARRIER_DESCRIPTION_LENGTH,
  MAX_CARRIER_NAME_LENGTH,
  MAX_SUSTAINABILITY_LENGTH,
  MAX_URL_LENGTH,
} from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Card } from "../../../../components/ui/Card.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { Select } from "../../../../components/ui/Select.tsx";
import { TextArea } from "../../../../components/ui/TextArea.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import type { CarrierProblems } from "../../lib/carrierForm.ts";
import type { CarrierSectionProps } from "./sectionProps.ts";

/** Who the carrier is: name, what it does, how it travels, its commitment. */
export function CarrierIdentityFields({ form, onChange, problems }: CarrierSectionProps) {
  const { t } = useTranslation("carrier");
  const problem = (field: keyof CarrierProblems, max?: number) =>
    problems[field] === undefined ? undefined : t(`form.errors.${problems[field]}`, { max });
  return (
    <Card title={t("form.identity.title")}>
      <div className="form-grid">
        <Field
          label={t("form.identity.name")}
          isRequired
          error={problem("name", MAX_CARRIER_NAME_LENGTH)}
          count={{ length: form.name.length, max: MAX_CARRIER_NAME_LENGTH }}
        >
          <TextInput
            value={form.name}
            autoComplete="organization"
            onChange={(event) => onChange({ name: event.target.value })}
          />
        </Field>
        <Field
          label={t("form.identity.description")}
          hint={t("form.identity.descriptionHint")}
          error={problem("description", MAX_CARRIER_DESCRIPTION_LENGTH)}
          count={{ length: form.description.length, max: MAX_CARRIER_DESCRIPTION_LENGTH }}
        >
          <TextArea
            rows={4}
            value={form.description}
            onChange={(event) => onChange({ description: event.target.value })}
          />
        </Field>
        <Field label={t("form.identity.vehicle")}>
          <Select
            value={form.vehicle}
            placeholder={t("form.identity.noVehicle")}
            onChange={(event) => onChange({ vehicle: event.target.value as CarrierVehicle | "" })}
            options={CARRIER_VEHICLES.map((vehicle) => ({ value: vehicle, label: t(`vehicles.${vehicle}`) }))}
          />
        </Field>
        <Field
          label={t("form.identity.sustainability")}
          hint={t("form.identity.sustainabilityHint")}
          error={problem("sustainability", MAX_SUSTAINABILITY_LENGTH)}
          count={{ length: form.sustainability.length, max: MAX_SUSTAINABILITY_LENGTH }}
        >
          <TextArea
            rows={3}
            value={form.sustainability}
            onChange={(event) => onChange({ sustainability: event.target.value })}
          />
        </Field>
        <Field
          label={t("form.identity.website")}
          hint={t("form.identity.websiteHint")}
          error={problem("website", MAX_URL_LENGTH)}
        >
          <TextInput
            type="url"
            value={form.website}
            placeholder="https://"
            onChange={(event) => onChange({ website: event.target.value })}
          />
        </Field>
      </div>
    </Card>
  );
}
