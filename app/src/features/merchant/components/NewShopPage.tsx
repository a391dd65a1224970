import { useTranslation } from "react-i18next";
import { BackLink } from "../../../components/layout/BackLink.tsx";
import { Page } from "../../../components/layout/Page.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import { PadlockNote } from "../../../components/ui/PadlockNote.tsx";

const STEPS = ["describe", "terms", "publish"] as const;

/** `/merchant/new`: opening a shop — describe it, set its terms, publish it on the high street. */
export function NewShopPage() {
  const { t } = useTranslation("merchant");
  return (
    <Page title={t("new.title")} lead={t("new.lead")} back={<BackLink href="/">{t("new.back")}</BackLink>} width="narrow">
      <ol className="checkout-steps">
        {STEPS.map((step, index) => (
          <li key={step}>
            <Card title={t(`new.steps.${step}.title`, { number: index + 1 })}>
              <p className="muted">{t(`new.steps.${step}.text`)}</p>
            </Card>
          </li>
        ))}
      </ol>
      <PadlockNote>{t("new.ownershipNote")}</PadlockNote>
    </Page>
  );
}
