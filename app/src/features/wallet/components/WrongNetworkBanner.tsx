import { useTranslation } from "react-i18next";
import { Banner } from "../../../components/ui/Banner.tsx";
import { useWalletStatus } from "../hooks/useWalletStatus.ts";
import { SwitchNetworkButton } from "./SwitchNetworkButton.tsx";

/** Under the header when the connected wallet is on another chain, with the one click that fixes it. */
export function WrongNetworkBanner() {
  const { t } = useTranslation();
  const { isWrongNetwork, chainName } = useWalletStatus();
  if (!isWrongNetwork) return null;
  return (
    <Banner
      tone="warning"
      className="wrong-network"
      title={t("wallet.wrongNetworkTitle")}
      action={<SwitchNetworkButton size="small" />}
    >
      <p>{t("wallet.wrongNetworkText", { chain: chainName })}</p>
    </Banner>
  );
}
