import { useTranslation } from "react-i18next";
import { Card } from "../../../../components/ui/Card.tsx";
import { Price } from "../../../../components/ui/Price.tsx";
import { useNativeCurrency } from "../../../../currency/useNativeCurrency.ts";
import type { CarrierWithProfile } from "../../../../market/index.ts";
import { useGasCheck } from "../../hooks/useGasCheck.ts";

/** The carrier's public profile in short, and whether it records checkpoints itself or signs them for relaying. */
export function CarrierSummary({ carrier }: { carrier: CarrierWithProfile }) {
  const { t } = useTranslation("carrier");
  const { symbol } = useNativeCurrency();
  const gas = useGasCheck(carrier.carrier);
  const profile = carrier.profile;
  if (profile === undefined) {
    return (
      <Card title={t("summary.unreadableTitle")}>
        <p>{t("summary.unreadableText", { reason: carrier.problem ?? "" })}</p>
      </Card>
    );
  }
  return (
    <Card title={profile.name} subtitle={profile.vehicle === undefined ? undefined : t(`vehicles.${profile.vehicle}`)}>
      <p>
        {t("summary.area", {
          postcodes: profile.serviceArea.postcodes.join(", ") || "—",
          count: profile.serviceArea.geohashes.length,
        })}
      </p>
      <ul className="fee-chips">
        {profile.fees.map((fee) => (
          <li key={fee.label}>
            {fee.label} · <Price amount={fee.price} currency={profile.priceUnit} size="small" />
          </li>
        ))}
      </ul>
      {gas.data !== undefined && <p className="muted">{gas.data ? t("mode.direct") : t("mode.sign", { symbol })}</p>}
    </Card>
  );
}
