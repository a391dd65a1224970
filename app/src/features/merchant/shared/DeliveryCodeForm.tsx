import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Hex } from "viem";
import { Button } from "../../../components/ui/Button.tsx";
import { Field } from "../../../components/ui/Field.tsx";
import { TextInput } from "../../../components/ui/TextInput.tsx";
import { checkDeliveryCode } from "./deliveryCode.ts";

export type DeliveryCodeFormProps = {
  /** The order's commitment (`terms.codeHash`): the typed code is checked against it before anything is sent. */
  codeHash: Hex;
  /** Called with the delivery proof (`toDeliveryProof` of the typed code) once it matches. */
  onDeliveryProof(deliveryProof: Hex): void;
  submitLabel: string;
  isBusy?: boolean;
};

/**
 * "Type the customer's code": accepts lower case, spaces, dashes and pasted text, says at once when the code has
 * the wrong shape or is not this order's, and only then hands it on.
 */
export function DeliveryCodeForm({ codeHash, onDeliveryProof, submitLabel, isBusy = false }: DeliveryCodeFormProps) {
  const { t } = useTranslation("merchant");
  const [typed, setTyped] = useState("");
  const [problem, setProblem] = useState<"format" | "wrong">();
  const hintId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkDeliveryCode(typed, codeHash);
    if (!check.isValid) {
      setProblem(check.reason);
      return;
    }
    setProblem(undefined);
    onDeliveryProof(check.deliveryProof);
  };
  return (
    <form className="code-form" onSubmit={submit} noValidate aria-describedby={hintId}>
      <p id={hintId} className="muted">
        {t("deliveryCode.hint")}
      </p>
      <Field label={t("deliveryCode.label")} error={problem === undefined ? undefined : t(`deliveryCode.${problem}`)}>
        <TextInput
          className="code-form__input"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder="XXXX-XXXX-XXXX-XXXX"
          maxLength={64}
        />
      </Field>
      <Button type="submit" variant="primary" size="large" isWide isLoading={isBusy} disabled={typed.trim() === ""}>
        {submitLabel}
      </Button>
    </form>
  );
}
