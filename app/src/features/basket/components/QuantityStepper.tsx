import { MAX_LINE_QUANTITY } from "@grandrue/sdk";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

export type QuantityStepperProps = { label: string; value: number; onChange(quantity: number): void };

/** − [ 2 ] +: a quantity from 1 to the order limit, typed or stepped; labelled for screen readers. */
export function QuantityStepper({ label, value, onChange }: QuantityStepperProps) {
  const { t } = useTranslation("orders");
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const commit = (typed: string) => {
    const quantity = Number(typed);
    if (Number.isSafeInteger(quantity) && quantity >= 1 && quantity <= MAX_LINE_QUANTITY) onChange(quantity);
    else setText(String(value));
  };
  return (
    <span className="quantity-stepper" role="group" aria-label={label}>
      <button
        type="button"
        className="quantity-stepper__button"
        onClick={() => onChange(value - 1)}
        disabled={value <= 1}
        aria-label={t("basket.less")}
      >
        −
      </button>
      <input
        className="quantity-stepper__input"
        inputMode="numeric"
        pattern="[0-9]*"
        aria-label={label}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={(event) => commit(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit(event.currentTarget.value);
        }}
      />
      <button
        type="button"
        className="quantity-stepper__button"
        onClick={() => onChange(value + 1)}
        disabled={value >= MAX_LINE_QUANTITY}
        aria-label={t("basket.more")}
      >
        +
      </button>
    </span>
  );
}
