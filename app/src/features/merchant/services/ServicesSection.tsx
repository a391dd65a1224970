import { useTranslation } from "react-i18next";
import "../../../styles/features/merchant-services.css";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { useMarket } from "../../../market/index.ts";
import type { ShopSectionProps } from "../components/ShopAdminPage.tsx";
import { BondsPanel } from "./bonds/BondsPanel.tsx";
import { LabelsPanel } from "./labels/LabelsPanel.tsx";
import { LoyaltyPanel } from "./loyalty/LoyaltyPanel.tsx";

/**
 * `/merchant/shops/:id/services`: the services built on the market that this deployment offers — the stamp card,
 * the guarantee bond, the labels others give the shop. A service the deployment lacks is not shown.
 */
export function ServicesSection({ shop }: ShopSectionProps) {
  const { t } = useTranslation("merchant");
  const services = useMarket().deployment.services ?? {};
  if (
    services.LoyaltyStamps === undefined &&
    services.GuaranteeBonds === undefined &&
    services.LabelAttestations === undefined
  ) {
    return <EmptyState title={t("services.none.title")}>{t("services.none.text")}</EmptyState>;
  }
  return (
    <div className="services">
      <p className="services__lead">{t("services.lead")}</p>
      {services.LoyaltyStamps !== undefined && <LoyaltyPanel shop={shop} />}
      {services.GuaranteeBonds !== undefined && <BondsPanel shop={shop} />}
      {services.LabelAttestations !== undefined && <LabelsPanel shop={shop} />}
    </div>
  );
}
