import { useTranslation } from "react-i18next";
import { Distance } from "../../../components/ui/Distance.tsx";
import { Price } from "../../../components/ui/Price.tsx";
import type { CarrierOption } from "../pricing/deliveryOptions.ts";

/** A carrier as a choice: name, vehicle, its sustainability sentence, and the fee that applies (or its range). */
export function CarrierOptionText({ option, priceUnit }: { option: CarrierOption; priceUnit: string }) {
  const { t } = useTranslation("orders");
  const { profile } = option;
  return (
    <>
      <span className="basket-choice__title">
        {profile.name}
        {profile.vehicle !== undefined && (
          <span className="basket-choice__vehicle">{t(`basket.vehicles.${profile.vehicle}`)}</span>
        )}
      </span>
      {profile.sustainability !== undefined && <span className="basket-choice__detail">{profile.sustainability}</span>}
      <span className="basket-choice__price">
        {option.isOutOfReach ? (
          t("basket.delivery.outOfReach")
        ) : option.fee !== undefined ? (
          <>
            <Price amount={option.fee.price} currency={priceUnit} />
            {option.distanceMetres !== undefined && (
              <span className="muted">
                {" · "}
                {t("basket.delivery.forDistance")} <Distance metres={option.distanceMetres} />
              </span>
            )}
          </>
        ) : (
          <>
            {t("basket.delivery.rangeFrom")} <Price amount={option.range.lowest} currency={priceUnit} />{" "}
            {t("basket.delivery.rangeTo")} <Price amount={option.range.highest} currency={priceUnit} />{" "}
            <span className="muted">{t("basket.delivery.rangeByDistance")}</span>
          </>
        )}
      </span>
    </>
  );
}
