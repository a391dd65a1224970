import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { Page } from "../../../components/layout/Page.tsx";
import { Banner } from "../../../components/ui/Banner.tsx";
import { Button } from "../../../components/ui/Button.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { Spinner } from "../../../components/ui/Spinner.tsx";
import "../../../styles/features/services-shopper.css";
import { useAllLabels, useLabelIssuers } from "../../../market/index.ts";
import { IssuerChoice } from "./IssuerChoice.tsx";
import { isTrusted } from "./trustedIssuers.ts";
import { useTrustChoice } from "./useTrustChoice.ts";

/** `/labels`: which label issuers the shopper trusts. Until they choose, every issuer is trusted, and the page says so. */
export function LabelIssuersPage() {
  const { t } = useTranslation("services");
  const issuers = useLabelIssuers();
  const labelsByShop = useAllLabels();
  const [choice, setChoice] = useTrustChoice();
  const all = issuers.data ?? [];
  const shopCount = (issuer: Address) =>
    [...(labelsByShop.data?.values() ?? [])].filter((labels) =>
      labels.some((label) => label.isValid && label.issuer === issuer),
    ).length;
  const toggle = (issuer: Address, isChecked: boolean) => {
    const current = all.map((candidate) => candidate.issuer).filter((candidate) => isTrusted(choice, candidate));
    setChoice(isChecked ? [...current, issuer] : current.filter((candidate) => candidate !== issuer));
  };
  return (
    <Page title={t("issuers.title")} lead={t("issuers.lead")} width="narrow">
      {issuers.error !== null && (
        <Banner tone="warning" title={t("issuers.errorTitle")}>
          <p>{t("issuers.errorText")}</p>
        </Banner>
      )}
      {issuers.isLoading && <Spinner label={t("issuers.loading")} />}
      {choice === undefined && all.length > 0 && (
        <Banner tone="info" title={t("issuers.notChosenTitle")}>
          <p>{t("issuers.notChosenText")}</p>
        </Banner>
      )}
      {issuers.data?.length === 0 && (
        <EmptyState title={t("issuers.emptyTitle")}>
          <p>{t("issuers.emptyText")}</p>
        </EmptyState>
      )}
      {all.length > 0 && (
        <fieldset className="issuer-choices">
          <legend className="visually-hidden">{t("issuers.legend")}</legend>
          <ul>
            {all.map((issuer) => (
              <IssuerChoice
                key={issuer.issuer}
                issuer={issuer}
                shopCount={shopCount(issuer.issuer)}
                isChecked={isTrusted(choice, issuer.issuer)}
                onChange={(isChecked) => toggle(issuer.issuer, isChecked)}
              />
            ))}
          </ul>
        </fieldset>
      )}
      {choice !== undefined && (
        <Button variant="quiet" size="small" onClick={() => setChoice(undefined)}>
          {t("issuers.reset")}
        </Button>
      )}
    </Page>
  );
}
