import { useTranslation } from "react-i18next";
import { type Address, isAddressEqual } from "viem";
import { Price } from "../../../../components/ui/Price.tsx";
import { Spinner } from "../../../../components/ui/Spinner.tsx";
import { type CarrierWithProfile, useCarriers } from "../../../../market/index.ts";
import { Checkbox } from "../../shared/Checkbox.tsx";

export type CarrierChoiceProps = { value: readonly Address[]; onChange(carriers: Address[]): void };

/** The registered carriers, each with its area and fees, to tick the ones the shop works with. */
export function CarrierChoice({ value, onChange }: CarrierChoiceProps) {
  const { t } = useTranslation("merchant");
  const carriers = useCarriers();
  if (carriers.isLoading) return <Spinner label={t("form.delivery.loadingCarriers")} />;
  const usable = [...(carriers.data?.values() ?? [])].filter((carrier) => carrier.profile !== undefined);
  if (usable.length === 0) return <p className="muted">{t("form.delivery.noCarrier")}</p>;
  const isChosen = (address: Address) => value.some((chosen) => isAddressEqual(chosen, address));
  const toggle = (address: Address, isChecked: boolean) =>
    onChange(isChecked ? [...value, address] : value.filter((chosen) => !isAddressEqual(chosen, address)));
  return (
    <fieldset className="carrier-choice">
      <legend className="field__label">{t("form.delivery.carriers")}</legend>
      <p className="field__hint">{t("form.delivery.carriersHint")}</p>
      <ul className="carrier-choice__list">
        {usable.map((carrier) => (
          <li key={carrier.carrier} className="carrier-choice__carrier">
            <Checkbox
              label={carrier.profile!.name}
              checked={isChosen(carrier.carrier)}
              onChange={(event) => toggle(carrier.carrier, event.target.checked)}
            />
            <CarrierSummary carrier={carrier} />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function CarrierSummary({ carrier }: { carrier: CarrierWithProfile }) {
  const { t } = useTranslation("merchant");
  const profile = carrier.profile!;
  const { postcodes, geohashes } = profile.serviceArea;
  return (
    <div className="carrier-summary">
      {profile.vehicle !== undefined && <p className="muted">{t(`vehicles.${profile.vehicle}`)}</p>}
      <p>
        {t("form.delivery.area", {
          postcodes: postcodes.length === 0 ? t("form.delivery.noPostcode") : postcodes.join(", "),
          count: geohashes.length,
        })}
      </p>
      <table className="fee-table">
        <caption className="visually-hidden">{t("form.delivery.feesCaption", { name: profile.name })}</caption>
        <tbody>
          {profile.fees.map((fee) => (
            <tr key={fee.label}>
              <th scope="row">{fee.label}</th>
              <td>
                <Price amount={fee.price} currency={profile.priceUnit} size="small" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
