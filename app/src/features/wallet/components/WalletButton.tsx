import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { WalletIcon } from "../../../components/ui/icons.tsx";
import { useAccountName } from "../hooks/useAccountName.ts";
import { useWalletStatus } from "../hooks/useWalletStatus.ts";
import { ConnectWalletButton } from "./ConnectWalletButton.tsx";

/** The header's wallet entry: "Connect" when none is connected, else the account's name, linking to the wallet page. */
export function WalletButton() {
  const { t } = useTranslation();
  const { address, isConnected, isWrongNetwork } = useWalletStatus();
  const name = useAccountName(address);
  if (!isConnected) return <ConnectWalletButton variant="quiet" size="small" label={t("wallet.connectShort")} />;
  return (
    <Link href="~/wallet" className="wallet-button" aria-label={t("wallet.openAccount", { name })}>
      <WalletIcon />
      <span className="wallet-button__name">{name}</span>
      {isWrongNetwork && <span className="wallet-button__warning" aria-hidden="true" />}
    </Link>
  );
}
