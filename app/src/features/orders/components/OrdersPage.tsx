import { useTranslation } from "react-i18next";
import { Page } from "../../../components/layout/Page.tsx";
import { LinkButton } from "../../../components/ui/Button.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { ReceiptIcon } from "../../../components/ui/icons.tsx";
import { ConnectWalletButton, useWalletStatus } from "../../wallet/index.ts";

/** `/orders`: the orders paid from the connected wallet, newest first, with what each is waiting for. */
export function OrdersPage() {
  const { t } = useTranslation("orders");
  const { isConnected } = useWalletStatus();
  return (
    <Page title={t("list.title")} lead={t("list.lead")} width="narrow">
      {isConnected ? (
        <EmptyState icon={<ReceiptIcon />} title={t("list.placeholderTitle")} action={<LinkButton href="~/">{t("basket.findShops")}</LinkButton>}>
          <p>{t("list.placeholderText")}</p>
        </EmptyState>
      ) : (
        <EmptyState icon={<ReceiptIcon />} title={t("list.connectTitle")} action={<ConnectWalletButton />}>
          <p>{t("list.connectText")}</p>
        </EmptyState>
      )}
    </Page>
  );
}
