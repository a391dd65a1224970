import { useTranslation } from "react-i18next";
import { Card } from "../../../components/ui/Card.tsx";
import { Price } from "../../../components/ui/Price.tsx";
import type { BasketGroup } from "../../basket/index.ts";

export type ZoneChoiceProps = {
  group: BasketGroup;
  chosen: string | undefined;
  isInvalid: boolean;
  onChoose(label: string): void;
};

/** Without the shopper's place, the carrier's fee table is shown and the shopper says which zone the address is in. */
export function ZoneChoice({ group, chosen, isInvalid, onChoose }: ZoneChoiceProps) {
  const { t } = useTranslation("orders");
  if (group.delivery?.kind !== "carrier") return null;
  const { profile } = group.delivery;
  return (
    <Card title={t("checkout.zone.title", { carrier: profile.name })}>
      <fieldset className="basket-choice-group" aria-invalid={isInvalid || undefined}>
        <legend className="basket-choice-group__legend">{t("checkout.zone.legend", { shop: group.name })}</legend>
        {profile.fees.map((fee) => (
          <label key={fee.label} className="basket-choice basket-choice--compact">
            <input
              type="radio"
              name={`zone-${group.shopId}`}
              checked={chosen === fee.label}
              onChange={() => onChoose(fee.label)}
            />
            <span className="basket-choice__title">{fee.label}</span>
            <Price amount={fee.price} currency={group.priceUnit} className="basket-choice__price" />
          </label>
        ))}
        {isInvalid && <p className="field__error">{t("checkout.zone.required")}</p>}
      </fieldset>
      <p className="muted">{t("checkout.zone.note", { carrier: profile.name })}</p>
    </Card>
  );
}
