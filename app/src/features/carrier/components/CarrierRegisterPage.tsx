import { useTranslation } from "react-i18next";
import { BackLink } from "../../../components/layout/BackLink.tsx";
import { Page } from "../../../components/layout/Page.tsx";
import { Card } from "../../../components/ui/Card.tsx";

const STEPS = ["profile", "area", "register"] as const;

/** `/carrier/register`: becoming a carrier — a public profile, the area served, one registration. */
export function CarrierRegisterPage() {
  const { t } = useTranslation("carrier");
  return (
    <Page title={t("register.title")} lead={t("register.lead")} back={<BackLink href="/">{t("register.back")}</BackLink>} width="narrow">
      <ol className="checkout-steps">
        {STEPS.map((step, index) => (
          <li key={step}>
            <Card title={t(`register.steps.${step}.title`, { number: index + 1 })}>
              <p className="muted">{t(`register.steps.${step}.text`)}</p>
            </Card>
          </li>
        ))}
      </ol>
    </Page>
  );
}
