import type { OrderDetails } from "@grandrue/sdk";
import { type TextareaHTMLAttributes, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/ui/Button.tsx";
import { Field, useFieldControl } from "../../../components/ui/Field.tsx";
import { TextInput } from "../../../components/ui/TextInput.tsx";
import { formatPrice } from "../../../lib/format.ts";
import type { WarrantyClaimData } from "../transactions/fileWarrantyClaim.ts";
import { claimTokenAmount, maxClaimPrice, type OrderMoney, priceAsTyped } from "./claimAmount.ts";

const MAX_DESCRIPTION = 2000;

export type WarrantyClaimFormProps = {
  order: OrderDetails;
  money: OrderMoney;
  shopName: string;
  onSubmit(data: WarrantyClaimData): void;
};

/** What went wrong and how much to ask back (at most the order amount), checked before the wallet opens. */
export function WarrantyClaimForm({ order, money, shopName, onSubmit }: WarrantyClaimFormProps) {
  const { t, i18n } = useTranslation("services");
  const maximum = maxClaimPrice(order.terms.amount, money);
  const [description, setDescription] = useState("");
  const [typed, setTyped] = useState(() => priceAsTyped(maximum, i18n.language));
  const [isChecked, setChecked] = useState(false);
  const asked = claimTokenAmount(typed, order.terms.amount, money);
  const isDescribed = description.trim() !== "";
  const maximumText = formatPrice(maximum, money.priceUnit, i18n.language);
  const amountError = (problem: "invalid" | "tooHigh") =>
    problem === "tooHigh" ? t("warranty.amountTooHigh", { maximum: maximumText }) : t("warranty.amountInvalid");
  return (
    <form
      className="warranty-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (!("amount" in asked) || !isDescribed) return;
        const amountText = formatPrice(maxClaimPrice(asked.amount, money), money.priceUnit, i18n.language);
        onSubmit({
          orderId: order.orderId,
          terms: order.terms,
          shopName,
          amount: asked.amount,
          amountText,
          description: description.trim(),
        });
      }}
    >
      <Field
        label={t("warranty.problem")}
        hint={t("warranty.problemHint")}
        error={isChecked && !isDescribed ? t("warranty.problemMissing") : undefined}
        isRequired
      >
        <FieldTextArea
          rows={5}
          maxLength={MAX_DESCRIPTION}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </Field>
      <Field
        label={t("warranty.amount")}
        hint={t("warranty.amountHint", { maximum: maximumText })}
        error={isChecked && "problem" in asked ? amountError(asked.problem) : undefined}
        isRequired
      >
        <TextInput inputMode="decimal" value={typed} onChange={(event) => setTyped(event.target.value)} />
      </Field>
      <Button type="submit" variant="primary">
        {t("warranty.send")}
      </Button>
    </form>
  );
}

/** A multi-line input wired to its surrounding `Field` (label, hint, error). */
function FieldTextArea(props: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea className="input warranty-form__text" {...useFieldControl()} {...props} />;
}
