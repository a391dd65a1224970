import { Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, type ButtonProps } from "../../../components/ui/Button.tsx";
import { Dialog } from "../../../components/ui/Dialog.tsx";
import { WalletIcon } from "../../../components/ui/icons.tsx";
import { Spinner } from "../../../components/ui/Spinner.tsx";
import { WithWallet } from "../stack/WithWallet.tsx";
import { LazyWalletOptions } from "./lazyWalletUi.ts";

export type ConnectWalletButtonProps = Omit<ButtonProps, "onClick" | "children"> & { label?: string };

/** "Connect a wallet": opens the wallet picker in a dialog (loading the wallet stack), which closes once connected. */
export function ConnectWalletButton({ label, variant = "primary", ...buttonProps }: ConnectWalletButtonProps) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <Button {...buttonProps} variant={variant} icon={<WalletIcon />} onClick={() => setOpen(true)}>
        {label ?? t("wallet.connect")}
      </Button>
      <Dialog
        isOpen={isOpen}
        onClose={() => setOpen(false)}
        title={t("wallet.chooseTitle")}
        description={t("wallet.chooseLead")}
        size="small"
      >
        <Suspense fallback={<Spinner label={t("wallet.loading")} />}>
          <WithWallet>
            <LazyWalletOptions onConnected={() => setOpen(false)} />
          </WithWallet>
        </Suspense>
      </Dialog>
    </>
  );
}
