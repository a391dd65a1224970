import { useTranslation } from "react-i18next";
import { BackLink } from "../../../../components/layout/BackLink.tsx";
import { Page } from "../../../../components/layout/Page.tsx";
import { RelayerSettings } from "../../../../relaying/index.ts";
import "../../../../styles/features/search-settings.css";
import { IndexerSettingsForm } from "./IndexerSettingsForm.tsx";

/**
 * `/settings`: how the find page searches — which open indexer it asks, or none — and how network fees are paid (the
 * relayers). Kept on this device only.
 */
export function SearchSettingsPage() {
  const { t } = useTranslation("searchSettings");
  return (
    <Page title={t("title")} lead={t("lead")} width="narrow" back={<BackLink href="/">{t("back")}</BackLink>}>
      <div className="indexer-settings__explain">
        <p>{t("explain")}</p>
        <p>{t("privacy")}</p>
      </div>
      <IndexerSettingsForm />
      <RelayerSettings />
    </Page>
  );
}
