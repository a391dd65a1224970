import { useTranslation } from "react-i18next";
import { BackLink } from "../../../components/layout/BackLink.tsx";
import { Page } from "../../../components/layout/Page.tsx";
import { LinkButton } from "../../../components/ui/Button.tsx";
import { Card } from "../../../components/ui/Card.tsx";
import { EmptyState } from "../../../components/ui/EmptyState.tsx";
import { BasketIcon } from "../../../components/ui/icons.tsx";
import { PadlockNote } from "../../../components/ui/PadlockNote.tsx";
import { useBasket } from "../../basket/index.ts";

const STEPS = ["delivery", "details", "payment"] as const;

/** `/checkout`: how each shop's order reaches you, your (encrypted) details, then one payment into escrow. */
export function CheckoutPage() {
  const { t } = useTranslation("orders");
  const { lines } = useBasket();
  if (lines.length === 0) {
    return (
      <Page title={t("checkout.title")} width="narrow">
        <EmptyState icon={<BasketIcon />} title={t("checkout.emptyTitle")} action={<LinkButton href="~/" variant="primary">{t("basket.findShops")}</LinkButton>}>
          <p>{t("checkout.emptyText")}</p>
        </EmptyState>
      </Page>
    );
  }
  return (
    <Page title={t("checkout.title")} lead={t("checkout.lead")} back={<BackLink href="~/basket">{t("checkout.back")}</BackLink>} width="narrow">
      <ol className="checkout-steps">
        {STEPS.map((step, index) => (
          <li key={step}>
            <Card title={t(`checkout.steps.${step}.title`, { number: index + 1 })}>
              <p className="muted">{t(`checkout.steps.${step}.text`)}</p>
            </Card>
          </li>
        ))}
      </ol>
      <PadlockNote>{t("checkout.escrowNote")}</PadlockNote>
    </Page>
  );
}
