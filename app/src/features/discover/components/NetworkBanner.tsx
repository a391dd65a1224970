import { useTranslation } from "react-i18next";
import { Banner } from "../../../components/ui/Banner.tsx";
import { Button } from "../../../components/ui/Button.tsx";
import { Spinner } from "../../../components/ui/Spinner.tsx";
import type { NetworkState } from "../hooks/useNetworkState.ts";

/** "Cannot reach the network — retrying…": what fails, whether a retry is running, and a button to retry now. */
export function NetworkBanner({ state }: { state: NetworkState }) {
  const { t } = useTranslation("shops");
  if (state.isReachable) return null;
  return (
    <Banner
      tone="warning"
      title={t("network.title")}
      className="network-banner"
      action={
        <Button onClick={state.retry} isLoading={state.isRetrying}>
          {t("network.retryNow")}
        </Button>
      }
    >
      <p>{t(state.cause === "rpc" ? "network.rpc" : "network.gateway")}</p>
      <p className="network-banner__state">
        {state.isRetrying ? <Spinner size="small" label={t("network.retrying")} /> : t("network.nextRetry")}
      </p>
    </Banner>
  );
}
