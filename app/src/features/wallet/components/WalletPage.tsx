import { useTranslation } from "react-i18next";
import { useDisconnect } from "wagmi";
import { Page } from "../../../components/layout/Page.tsx";
import { Badge } from "../../../components/ui/Badge.tsx";
import { Button } from "../../../components/ui/Button.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import { PadlockNote } from "../../../components/ui/PadlockNote.tsx";
import { DEV_WALLET_TYPE } from "../devWalletIds.ts";
import { useAccountName } from "../hooks/useAccountName.ts";
import { useWalletStatus } from "../hooks/useWalletStatus.ts";
import { PasskeyAccountCard } from "../passkey/components/PasskeyAccountCard.tsx";
import { PASSKEY_WALLET_TYPE } from "../passkey/passkeyIds.ts";
import { SwitchNetworkButton } from "./SwitchNetworkButton.tsx";
import { WalletOptions } from "./WalletOptions.tsx";

/** `/wallet`: which account is connected and on which network, or the wallets to choose from. */
export function WalletPage() {
  const { t } = useTranslation();
  const { address, isConnected, isWrongNetwork, connectorName, connectorType, chainName } = useWalletStatus();
  const name = useAccountName(address);
  const { mutate: disconnect } = useDisconnect();
  if (!isConnected || address === undefined) {
    return (
      <Page title={t("wallet.title")} lead={t("wallet.lead")} width="narrow">
        <Card title={t("wallet.chooseTitle")}>
          <WalletOptions />
        </Card>
        <PadlockNote>{t("wallet.privacy")}</PadlockNote>
      </Page>
    );
  }
  return (
    <Page title={t("wallet.title")} lead={t("wallet.connectedLead")} width="narrow">
      <Card
        title={name}
        subtitle={
          connectorType === DEV_WALLET_TYPE
            ? t("wallet.demoWallet")
            : connectorType === PASSKEY_WALLET_TYPE
              ? t("passkey.heading")
              : connectorName
        }
        actions={
          <>
            {isWrongNetwork && <SwitchNetworkButton />}
            <Button variant="secondary" onClick={() => disconnect()}>
              {t("wallet.disconnect")}
            </Button>
          </>
        }
      >
        <dl className="details">
          <dt>{t("wallet.address")}</dt>
          <dd className="mono">{address}</dd>
          <dt>{t("wallet.network")}</dt>
          <dd>
            {isWrongNetwork ? (
              <Badge tone="warning">{t("wallet.otherNetwork")}</Badge>
            ) : (
              <Badge tone="success">{chainName}</Badge>
            )}
          </dd>
        </dl>
      </Card>
      {connectorType === PASSKEY_WALLET_TYPE && (
        <Card>
          <PasskeyAccountCard address={address} />
        </Card>
      )}
      <PadlockNote>{t("wallet.privacy")}</PadlockNote>
    </Page>
  );
}
