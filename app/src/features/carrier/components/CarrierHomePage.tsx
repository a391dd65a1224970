import { useTranslation } from "react-i18next";
import { Page } from "../../../components/layout/Page.tsx";
import { LinkButton } from "../../../components/ui/Button.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { BikeIcon } from "../../../components/ui/icons.tsx";
import { Spinner } from "../../../components/ui/Spinner.tsx";
import { ConnectWalletButton, useWalletStatus } from "../../wallet/index.ts";
import { useCarrierRecord } from "../hooks/useCarrierRecord.ts";
import { CarrierSummary } from "./profile/CarrierSummary.tsx";
import { RelayQueue } from "./shipment/RelayQueue.tsx";
import { ShipmentsList } from "./shipments/ShipmentsList.tsx";

/**
 * `/carrier`: the parcels to pick up and deliver for this account, or how to start delivering; and, for any account,
 * the checkpoints signed on this device that wait for someone to relay them.
 */
export function CarrierHomePage() {
  const { t } = useTranslation("carrier");
  const { isConnected, address } = useWalletStatus();
  const { carrier, isLoading } = useCarrierRecord(address);
  const isRegistered = carrier !== undefined;
  return (
    <Page
      title={t("home.title")}
      lead={t("home.lead")}
      actions={
        isRegistered ? (
          <LinkButton href="/profile">{t("home.editProfile")}</LinkButton>
        ) : (
          <LinkButton href="/register">{t("home.register")}</LinkButton>
        )
      }
    >
      {!isConnected ? (
        <EmptyState icon={<BikeIcon />} title={t("home.connectTitle")} action={<ConnectWalletButton />}>
          <p>{t("home.connectText")}</p>
        </EmptyState>
      ) : isLoading ? (
        <Spinner label={t("home.loading")} />
      ) : !isRegistered ? (
        <>
          <EmptyState
            icon={<BikeIcon />}
            title={t("home.notRegisteredTitle")}
            action={
              <LinkButton href="/register" variant="primary">
                {t("home.register")}
              </LinkButton>
            }
          >
            <p>{t("home.notRegisteredText")}</p>
          </EmptyState>
          <RelayQueue />
        </>
      ) : (
        <>
          <CarrierSummary carrier={carrier} />
          <RelayQueue />
          <ShipmentsList carrier={carrier.carrier} />
        </>
      )}
    </Page>
  );
}
