import { currencyMinorUnits, type OrderItems, PRICE_PATTERN, priceToMinorUnits } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/ui/Button.tsx";
import { Field } from "../../../components/ui/Field.tsx";
import { TextInput } from "../../../components/ui/TextInput.tsx";
import { formatPrice } from "../../../lib/format.ts";
import type { OrderActionData } from "../../../market/index.ts";
import { buyerAmountFor } from "../model/priceConversion.ts";
import { type OrderActionRequest, orderAction } from "../transactions/orderAction.ts";
import proposeSettlement from "../transactions/proposeSettlement.ts";

/** "Ask for part of the money back": an amount in the order's unit, converted at the order's rate, at most the goods. */
export function SettlementForm({
  action,
  items,
  onAction,
}: {
  action: OrderActionData;
  items: OrderItems;
  onAction(request: OrderActionRequest): void;
}) {
  const { t, i18n } = useTranslation("orders");
  const [text, setText] = useState("");
  const [isInvalid, setInvalid] = useState(false);
  const decimals = currencyMinorUnits(items.priceUnit);
  const maximum = formatPrice(items.subtotal, items.priceUnit, i18n.language);
  const submit = () => {
    const price = text.trim().replace(",", ".");
    const isValid = PRICE_PATTERN.test(price) && (price.split(".")[1]?.length ?? 0) <= decimals;
    if (!isValid || priceToMinorUnits(price, decimals) > priceToMinorUnits(items.subtotal, decimals)) {
      setInvalid(true);
      return;
    }
    const buyerAmount = buyerAmountFor(price, BigInt(items.payment.rate), decimals, action.terms.amount);
    onAction(
      orderAction(proposeSettlement, {
        ...action,
        buyerAmount,
        refund: formatPrice(price, items.priceUnit, i18n.language),
      }),
    );
  };
  return (
    <li className="order-action">
      <p>{t("actions.propose.text")}</p>
      <form
        className="order-action__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Field
          label={t("actions.propose.amount", { currency: items.priceUnit })}
          hint={t("actions.propose.hint", { maximum })}
          error={isInvalid ? t("actions.propose.invalid", { maximum }) : undefined}
        >
          <TextInput
            inputMode="decimal"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setInvalid(false);
            }}
          />
        </Field>
        <Button type="submit">{t("actions.propose.button")}</Button>
      </form>
    </li>
  );
}
