import type { CarrierProfile } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Price } from "../../../components/ui/Price.tsx";

/** A carrier's delivery prices as a small table: what each fee covers, how far, and its price. */
export function CarrierFees({ profile }: { profile: CarrierProfile }) {
  const { t, i18n } = useTranslation("shopPage");
  const kilometres = (value: number) =>
    new Intl.NumberFormat(i18n.language, { style: "unit", unit: "kilometer", maximumFractionDigits: 1 }).format(value);
  return (
    <table className="fee-table">
      <caption className="visually-hidden">{t("delivery.feesCaption", { carrier: profile.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("delivery.feeLabel")}</th>
          <th scope="col">{t("delivery.feeDistance")}</th>
          <th scope="col">{t("delivery.feePrice")}</th>
        </tr>
      </thead>
      <tbody>
        {profile.fees.map((fee, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fee row is its position in the carrier's table
          <tr key={index}>
            <td>{fee.label}</td>
            <td>
              {fee.maxDistanceKm === undefined
                ? t("delivery.anyDistance")
                : t("delivery.upTo", { distance: kilometres(fee.maxDistanceKm) })}
            </td>
            <td>
              <Price amount={fee.price} currency={profile.priceUnit} size="small" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
