import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { CurrencyName } from "../../../currency/CurrencyName.tsx";
import type { BasketGroup } from "../pricing/basketGroups.ts";

/** "Pay in": the currencies the shop accepts (its on-chain payment options), local currency named as such. */
export function PaymentOptionsField({ group, onChoose }: { group: BasketGroup; onChoose(token: Address): void }) {
  const { t } = useTranslation("orders");
  if (group.paymentOptions.length === 0)
    return <p className="basket-group__problem">{t("basket.problems.noPayment")}</p>;
  return (
    <fieldset className="basket-choice-group">
      <legend className="basket-choice-group__legend">{t("basket.payment.legend")}</legend>
      {group.paymentOptions.map((option) => (
        <label key={option.token} className="basket-choice basket-choice--compact">
          <input
            type="radio"
            name={`payment-${group.shopId}`}
            checked={option.token === group.payment?.token}
            onChange={() => onChoose(option.token)}
          />
          <span className="basket-choice__title">
            <CurrencyName token={option.token} />
          </span>
        </label>
      ))}
    </fieldset>
  );
}
