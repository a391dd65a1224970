import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../components/ui/Banner.tsx";
import { useWalletStatus } from "../hooks/useWalletStatus.ts";
import { WithWallet } from "../stack/WithWallet.tsx";
import { LazySwitchNetworkButton } from "./lazyWalletUi.ts";

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
      action={
        <Suspense fallback={null}>
          <WithWallet>
            <LazySwitchNetworkButton size="small" />
          </WithWallet>
        </Suspense>
      }
    >
      <p>{t("wallet.wrongNetworkText", { chain: chainName })}</p>
    </Banner>
  );
}
