import { type LoyaltyReward, MAX_REWARD_DESCRIPTION_LENGTH, MAX_REWARD_TITLE_LENGTH } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { TextArea } from "../../../../components/ui/TextArea.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import {
  type ProgramForm as Form,
  type ProgramProblems,
  rewardDocument,
  validateProgramForm,
} from "../lib/programForm.ts";

export type ProgramValues = { stampsPerOrder: number; rewardThreshold: number; reward: LoyaltyReward };

export type ProgramFormProps = {
  /** A new card asks how many stamps an order earns (fixed for the card's life); a change does not. */
  isNew: boolean;
  initial: Form;
  submitLabel: string;
  onSubmit(values: ProgramValues): void;
};

/** The stamp card's numbers and its reward, checked before anything is published. */
export function ProgramForm({ isNew, initial, submitLabel, onSubmit }: ProgramFormProps) {
  const { t } = useTranslation("merchant");
  const [form, setForm] = useState(initial);
  const [problems, setProblems] = useState<ProgramProblems>({});
  const problem = (field: keyof Form) =>
    problems[field] === undefined ? undefined : t(`services.problems.${problems[field]}`);
  const update = (field: keyof Form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [field]: event.target.value });
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const found = validateProgramForm(form, { isNew });
        setProblems(found);
        if (Object.keys(found).length > 0) return;
        onSubmit({
          stampsPerOrder: Number(form.stampsPerOrder),
          rewardThreshold: Number(form.rewardThreshold.trim()),
          reward: rewardDocument(form),
        });
      }}
    >
      <div className="services-form__row">
        {isNew && (
          <Field
            label={t("services.loyalty.stampsPerOrder")}
            hint={t("services.loyalty.stampsPerOrderHint")}
            error={problem("stampsPerOrder")}
            isRequired
          >
            <TextInput inputMode="numeric" value={form.stampsPerOrder} onChange={update("stampsPerOrder")} />
          </Field>
        )}
        <Field
          label={t("services.loyalty.rewardThreshold")}
          hint={t("services.loyalty.rewardThresholdHint")}
          error={problem("rewardThreshold")}
          isRequired
        >
          <TextInput inputMode="numeric" value={form.rewardThreshold} onChange={update("rewardThreshold")} />
        </Field>
      </div>
      <Field
        label={t("services.loyalty.rewardTitle")}
        hint={t("services.loyalty.rewardTitleHint")}
        error={problem("title")}
        isRequired
        count={{ length: form.title.trim().length, max: MAX_REWARD_TITLE_LENGTH }}
      >
        <TextInput value={form.title} onChange={update("title")} />
      </Field>
      <Field
        label={t("services.loyalty.rewardDescription")}
        error={problem("description")}
        count={{ length: form.description.trim().length, max: MAX_REWARD_DESCRIPTION_LENGTH }}
      >
        <TextArea rows={3} value={form.description} onChange={update("description")} />
      </Field>
      <Button type="submit" variant="primary">
        {submitLabel}
      </Button>
    </form>
  );
}
