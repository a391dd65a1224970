import { MAX_CLAIM_DESCRIPTION_LENGTH, type OrderDetails } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/ui/Button.tsx";
import { Field } from "../../../components/ui/Field.tsx";
import { TextArea } from "../../../components/ui/TextArea.tsx";
import { TextInput } from "../../../components/ui/TextInput.tsx";
import { formatPrice } from "../../../lib/format.ts";
import type { WarrantyClaimData } from "../transactions/fileWarrantyClaim.ts";
import { claimTokenAmount, maxClaimPrice, type OrderMoney, priceAsTyped } from "./claimAmount.ts";

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
  const isTooLong = description.trim().length > MAX_CLAIM_DESCRIPTION_LENGTH;
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
        if (!("amount" in asked) || !isDescribed || isTooLong) return;
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
        count={{ length: description.trim().length, max: MAX_CLAIM_DESCRIPTION_LENGTH }}
      >
        <TextArea
          className="warranty-form__text"
          rows={5}
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
