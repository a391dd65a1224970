import { useTranslation } from "react-i18next";
import { Page } from "../../../components/layout/Page.tsx";
import { LinkButton } from "../../../components/ui/Button.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { StoreIcon } from "../../../components/ui/icons.tsx";
import { ConnectWalletButton, useWalletStatus } from "../../wallet/index.ts";

const PROMISES = ["fee", "customers", "payment"] as const;

/** `/merchant`: the shops this wallet manages, or how to open one. */
export function MerchantHomePage() {
  const { t } = useTranslation("merchant");
  const { isConnected } = useWalletStatus();
  return (
    <Page title={t("home.title")} lead={t("home.lead")} actions={<LinkButton href="/new" variant="primary">{t("home.openShop")}</LinkButton>}>
      {isConnected ? (
        <EmptyState icon={<StoreIcon />} title={t("home.shopsTitle")} action={<LinkButton href="/new">{t("home.openShop")}</LinkButton>}>
          <p>{t("home.shopsText")}</p>
        </EmptyState>
      ) : (
        <EmptyState icon={<StoreIcon />} title={t("home.connectTitle")} action={<ConnectWalletButton />}>
          <p>{t("home.connectText")}</p>
        </EmptyState>
      )}
      <ul className="steps-grid">
        {PROMISES.map((promise) => (
          <li key={promise}>
            <Card as="div" title={t(`home.promises.${promise}.title`)} headingLevel={2}>
              <p>{t(`home.promises.${promise}.text`)}</p>
            </Card>
          </li>
        ))}
      </ul>
    </Page>
  );
}
