import { useTranslation } from "react-i18next";
import type { BasketGroup } from "../pricing/basketGroups.ts";
import { type DeliveryOption, isChosen, toDeliveryChoice } from "../pricing/deliveryOptions.ts";
import { CarrierOptionText } from "./CarrierOptionText.tsx";

function optionKey(option: DeliveryOption): string {
  return option.kind === "carrier" ? option.address : option.kind;
}

/** "How would you like it?": pickup at the shop, the shop's own delivery, or one of its carriers with its fee. */
export function DeliveryOptionsField({
  group,
  onChoose,
}: {
  group: BasketGroup;
  onChoose(option: DeliveryOption): void;
}) {
  const { t } = useTranslation("orders");
  const chosen = group.delivery === undefined ? undefined : toDeliveryChoice(group.delivery);
  const address = group.shop?.metadata?.address;
  return (
    <fieldset className="basket-choice-group">
      <legend className="basket-choice-group__legend">{t("basket.delivery.legend")}</legend>
      {group.deliveryOptions.length === 0 && <p className="basket-group__problem">{t("basket.problems.noDelivery")}</p>}
      {group.deliveryOptions.map((option) => {
        const isDisabled = option.kind === "carrier" && option.isOutOfReach;
        return (
          <label key={optionKey(option)} className="basket-choice" data-disabled={isDisabled || undefined}>
            <input
              type="radio"
              name={`delivery-${group.shopId}`}
              checked={isChosen(option, chosen)}
              disabled={isDisabled}
              onChange={() => onChoose(option)}
            />
            <span className="basket-choice__body">
              {option.kind === "pickup" && (
                <>
                  <span className="basket-choice__title">{t("basket.delivery.pickup")}</span>
                  {address !== undefined && (
                    <span className="basket-choice__detail">
                      {t("basket.delivery.pickupAt", { street: address.street, city: address.city })}
                    </span>
                  )}
                  <span className="basket-choice__price">{t("basket.delivery.free")}</span>
                </>
              )}
              {option.kind === "own-delivery" && (
                <>
                  <span className="basket-choice__title">{t("basket.delivery.ownDelivery")}</span>
                  <span className="basket-choice__detail">
                    {t("basket.delivery.ownDeliveryText", { shop: group.name })}
                  </span>
                  <span className="basket-choice__price">{t("basket.delivery.free")}</span>
                </>
              )}
              {option.kind === "carrier" && <CarrierOptionText option={option} priceUnit={group.priceUnit} />}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
