import { useTranslation } from "react-i18next";
import { useSwitchChain } from "wagmi";
import { Button, type ButtonProps } from "../../../components/ui/Button.tsx";
import { useMarketContext } from "../../../market/MarketContext.tsx";

/** "Switch to Grandrue local": asks the wallet to move to the app's chain (adding it to the wallet if needed). */
export function SwitchNetworkButton(props: Omit<ButtonProps, "onClick" | "children" | "isLoading">) {
  const { t } = useTranslation();
  const { config } = useMarketContext();
  const { mutate: switchChain, isPending } = useSwitchChain();
  return (
    <Button variant="primary" {...props} isLoading={isPending} onClick={() => switchChain({ chainId: config.chainId })}>
      {t("wallet.switchTo", { chain: config.chainName })}
    </Button>
  );
}
