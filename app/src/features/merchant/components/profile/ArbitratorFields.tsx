import { useTranslation } from "react-i18next";
import { Card } from "../../../../components/ui/Card.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import type { AcceptanceForm, AcceptanceProblems } from "../../lib/acceptance.ts";
import type { SectionProps } from "../form/formTypes.ts";
import { useProblemText } from "../form/useProblemText.ts";

/** Who settles a disagreement the shop and a customer cannot settle themselves. */
export function ArbitratorFields({ form, onChange, problems }: SectionProps<AcceptanceForm, AcceptanceProblems>) {
  const { t } = useTranslation("merchant");
  const problemText = useProblemText();
  const choose = (kind: AcceptanceForm["arbitrator"]["kind"]) => onChange({ arbitrator: { ...form.arbitrator, kind } });
  return (
    <Card title={t("form.arbitrator.title")}>
      <p className="muted">{t("form.arbitrator.text")}</p>
      <fieldset className="stack">
        <legend className="visually-hidden">{t("form.arbitrator.title")}</legend>
        <label className="radio">
          <input
            type="radio"
            name="arbitrator"
            checked={form.arbitrator.kind === "mediator"}
            onChange={() => choose("mediator")}
          />
          <span>
            <span className="checkbox__label">{t("form.arbitrator.mediator")}</span>
            <span className="checkbox__hint">{t("form.arbitrator.mediatorHint")}</span>
          </span>
        </label>
        <label className="radio">
          <input
            type="radio"
            name="arbitrator"
            checked={form.arbitrator.kind === "other"}
            onChange={() => choose("other")}
          />
          <span>
            <span className="checkbox__label">{t("form.arbitrator.other")}</span>
            <span className="checkbox__hint">{t("form.arbitrator.otherHint")}</span>
          </span>
        </label>
        {form.arbitrator.kind === "other" && (
          <Field label={t("form.arbitrator.address")} error={problemText(problems.arbitrator)}>
            <TextInput
              value={form.arbitrator.address}
              spellCheck={false}
              placeholder="0x…"
              onChange={(event) => onChange({ arbitrator: { kind: "other", address: event.target.value } })}
            />
          </Field>
        )}
      </fieldset>
    </Card>
  );
}
