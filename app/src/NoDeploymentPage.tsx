import { useTranslation } from "react-i18next";
import { Logo } from "./components/layout/Logo.tsx";
import { Banner } from "./components/ui/Banner.tsx";
import type { DeploymentLookup } from "./config/deploymentRecords.ts";

/**
 * Shown instead of the app when this build has no contract addresses for its chain: the app cannot work, and
 * whoever runs it needs to know how to fix that.
 */
export function NoDeploymentPage({ lookup }: { lookup: Exclude<DeploymentLookup, { status: "found" }> }) {
  const { t } = useTranslation();
  return (
    <main className="standalone-page">
      <Logo />
      <h1>{t("noDeployment.title", { chainId: lookup.chainId })}</h1>
      <p>{t("noDeployment.text", { chainId: lookup.chainId })}</p>
      {lookup.status === "invalid" ? (
        <Banner tone="error" title={t("noDeployment.invalid", { chainId: lookup.chainId })}>
          <p className="mono">{lookup.reason}</p>
        </Banner>
      ) : (
        <Banner tone="info" title={t("noDeployment.fixTitle")}>
          <p>{t("noDeployment.fixLocal", { chainId: lookup.chainId })}</p>
          <p>
            {lookup.availableChainIds.length === 0
              ? t("noDeployment.noneAvailable")
              : t("noDeployment.available", { chainIds: lookup.availableChainIds.join(", ") })}
          </p>
        </Banner>
      )}
    </main>
  );
}
