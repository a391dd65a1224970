import { useTranslation } from "react-i18next";
import { Page } from "../../../components/layout/Page.tsx";
import { LinkButton } from "../../../components/ui/Button.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { BikeIcon } from "../../../components/ui/icons.tsx";
import { ConnectWalletButton, useWalletStatus } from "../../wallet/index.ts";

/** `/carrier`: the deliveries assigned to this carrier, or how to start delivering. */
export function CarrierHomePage() {
  const { t } = useTranslation("carrier");
  const { isConnected } = useWalletStatus();
  return (
    <Page title={t("home.title")} lead={t("home.lead")} actions={<LinkButton href="/register">{t("home.register")}</LinkButton>}>
      {isConnected ? (
        <EmptyState icon={<BikeIcon />} title={t("home.shipmentsTitle")}>
          <p>{t("home.shipmentsText")}</p>
        </EmptyState>
      ) : (
        <EmptyState icon={<BikeIcon />} title={t("home.connectTitle")} action={<ConnectWalletButton />}>
          <p>{t("home.connectText")}</p>
        </EmptyState>
      )}
    </Page>
  );
}
